// Sandbox state that survives a reload: kept in localStorage when there is one, in memory otherwise.

export interface PersistedStore<T> {
  get(): T;
  set(next: T): void;
  update(change: (current: T) => T): T;
  reset(): void;
}

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

export function createPersistedStore<T>(key: string, seed: () => T): PersistedStore<T> {
  const storageKey = `profile-editor.sandbox.${key}`;
  let memory: T | undefined;
  const read = (): T => {
    const raw = storage()?.getItem(storageKey);
    if (raw) {
      try {
        return JSON.parse(raw) as T;
      } catch {
        // A corrupt entry is replaced by the seed below.
      }
    }
    return memory ?? seed();
  };
  const write = (next: T) => {
    memory = next;
    storage()?.setItem(storageKey, JSON.stringify(next));
  };
  return {
    get: read,
    set: write,
    update(change) {
      const next = change(read());
      write(next);
      return next;
    },
    reset() {
      memory = undefined;
      storage()?.removeItem(storageKey);
    },
  };
}
