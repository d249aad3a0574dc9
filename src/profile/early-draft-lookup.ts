// The stored-draft lookup the boot starts beside the profile's first read (src/app/start-route.ts), for the editor
// to take over when it mounts: when both have finished by the first render, the form is in that render (no
// "Loading…" frame while IndexedDB answers). Taken once: a later editor of the same profile looks again.
import { loadDraft, type DraftId, type StoredDraft } from './drafts';

interface Lookup {
  promise: Promise<StoredDraft | undefined>;
  settled?: { draft: StoredDraft | undefined };
}

const early = new Map<string, Lookup>();

/** The editor's key for one user's profile (what it looks a draft up by). */
export const draftLookupKey = ({ sessionKey, providerId, params }: DraftId) =>
  JSON.stringify([sessionKey, providerId, params]);

export function startDraftLookup(id: DraftId): void {
  const key = draftLookupKey(id);
  if (early.has(key)) return;
  // A device without IndexedDB (or a broken one) simply has no draft to restore.
  const lookup: Lookup = { promise: loadDraft(id).catch(() => undefined) };
  void lookup.promise.then((draft) => (lookup.settled = { draft }));
  early.set(key, lookup);
}

/** The early lookup's result when it has finished (reading only: safe during render). */
export const settledDraftLookup = (key: string) => early.get(key)?.settled;

/** The early lookup, handed over once (undefined: none was started, or it was taken). */
export function takeDraftLookup(key: string): Promise<StoredDraft | undefined> | undefined {
  const lookup = early.get(key);
  early.delete(key);
  return lookup?.promise;
}
