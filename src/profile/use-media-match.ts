// Whether a media query matches, read from the browser only when it changes: MUI's useMediaQuery reads
// MediaQueryList.matches on every render, and that read brings the page's style up to date first (a forced
// style recalculation in the middle of, say, the click on Save). One list per query, shared by every component.
import { useSyncExternalStore } from 'react';

interface Entry {
  matches: boolean;
  subscribe: (onChange: () => void) => () => void;
}

const entries = new Map<string, Entry>();
const never: Entry = { matches: false, subscribe: () => () => undefined };

function entryOf(query: string): Entry {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return never;
  const known = entries.get(query);
  if (known) return known;
  const list = window.matchMedia(query);
  const listeners = new Set<() => void>();
  const entry: Entry = {
    matches: list.matches,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  list.addEventListener('change', () => {
    entry.matches = list.matches;
    listeners.forEach((listener) => listener());
  });
  entries.set(query, entry);
  return entry;
}

/** `query` without the `@media` prefix, e.g. `(min-width: 900px)`. */
export function useMediaMatch(query: string): boolean {
  const entry = entryOf(query);
  return useSyncExternalStore(
    entry.subscribe,
    () => entry.matches,
    () => false,
  );
}
