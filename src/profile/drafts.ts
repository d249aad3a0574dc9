// Unsaved edits kept on this device, so a reload, a closed tab or a crash loses nothing. IndexedDB (not
// sessionStorage): a draft must outlive its tab, and a save queued while offline must be sent from the next tab.
// Each entry is per user (session key), provider, profile and tab; never a secret (passwords are removed before
// writing); gone after a save, a discard, a change of user, or 24 hours. Entries are parsed on read: a corrupt
// or unknown one is dropped, never trusted.
import { createStore, del, delMany, entries, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { FormData } from '../providers/types';
import { withoutSecrets } from '../forms/data/form-data';
import { answerPresence, liveTabs } from './tab-presence';

export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Whose draft of which profile. */
export interface DraftId {
  sessionKey: string;
  providerId: string;
  params: Readonly<Record<string, string | undefined>>;
}

export interface StoredDraft {
  /** The provider's values the draft was made from. */
  base: FormData;
  draft: FormData;
  /** A save is waiting for the connection. */
  pending?: { part?: string | undefined } | undefined;
  savedAt: number;
}

const FormDataSchema = v.record(v.string(), v.unknown());
const EntrySchema = v.object({
  version: v.literal(1),
  sessionKey: v.string(),
  providerId: v.string(),
  profile: v.string(),
  tabId: v.string(),
  savedAt: v.pipe(v.number(), v.finite()),
  base: FormDataSchema,
  draft: FormDataSchema,
  pending: v.optional(v.object({ part: v.optional(v.string()) })),
});
type Entry = v.InferOutput<typeof EntrySchema>;

let store: UseStore | undefined;
const draftStore = (): UseStore | undefined => {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore('profile-editor', 'drafts');
  return store;
};

const TAB_KEY = 'profile-editor.tab';
let memoryTabId: string | undefined;

/** This tab's id: kept in sessionStorage, so a reload of the tab finds its own draft first. */
export function tabId(): string {
  try {
    const known = sessionStorage.getItem(TAB_KEY);
    if (known) return known;
    const created = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, created);
    return created;
  } catch {
    memoryTabId ??= crypto.randomUUID();
    return memoryTabId;
  }
}

const profileOf = (params: DraftId['params']) =>
  JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
const keyOf = (id: DraftId, tab: string) =>
  JSON.stringify([id.sessionKey, id.providerId, profileOf(id.params), tab]);
const sameProfile = (entry: Entry, id: DraftId) =>
  entry.sessionKey === id.sessionKey &&
  entry.providerId === id.providerId &&
  entry.profile === profileOf(id.params);

/** Every valid, unexpired entry; corrupt and expired ones are deleted on the way. */
async function readAll(now: number): Promise<Array<[IDBValidKey, Entry]>> {
  const target = draftStore();
  if (!target) return [];
  const all = await entries(target);
  const valid: Array<[IDBValidKey, Entry]> = [];
  const dropped: IDBValidKey[] = [];
  for (const [key, value] of all) {
    const parsed = v.safeParse(EntrySchema, value);
    if (parsed.success && now - parsed.output.savedAt < DRAFT_LIFETIME_MS && parsed.output.savedAt <= now) {
      valid.push([key, parsed.output]);
    } else {
      dropped.push(key);
    }
  }
  if (dropped.length > 0) await delMany(dropped, target);
  return valid;
}

/** Keeps the draft (without secrets) for this tab. */
export async function saveDraft(
  id: DraftId,
  draft: Omit<StoredDraft, 'savedAt'>,
  secretPaths: readonly string[] = [],
  now = Date.now(),
): Promise<void> {
  const target = draftStore();
  if (!target) return;
  const tab = tabId();
  const entry: Entry = {
    version: 1,
    sessionKey: id.sessionKey,
    providerId: id.providerId,
    profile: profileOf(id.params),
    tabId: tab,
    savedAt: now,
    base: withoutSecrets(draft.base, secretPaths),
    draft: withoutSecrets(draft.draft, secretPaths),
    ...(draft.pending && { pending: draft.pending.part === undefined ? {} : { part: draft.pending.part } }),
  };
  await set(keyOf(id, tab), entry, target);
}

/**
 * The draft to restore: this tab's own (a reload), else the newest one of this user's profile left by a tab
 * that was closed or crashed (no longer answers), which this tab then takes over.
 */
export async function loadDraft(id: DraftId, now = Date.now()): Promise<StoredDraft | undefined> {
  const tab = tabId();
  answerPresence(tab);
  const mine = (await readAll(now)).filter(([, entry]) => sameProfile(entry, id));
  const own = mine.find(([, entry]) => entry.tabId === tab);
  // Another tab's draft only when that tab is gone (closed or crashed): an open tab keeps its own.
  const others = own ? [] : mine.filter(([, entry]) => entry.tabId !== tab);
  const alive = others.length > 0 ? await liveTabs() : new Set<string>();
  const orphans = others.filter(([, entry]) => !alive.has(entry.tabId));
  const chosen = own ?? orphans.sort(([, a], [, b]) => b.savedAt - a.savedAt)[0];
  if (!chosen) return undefined;
  const [key, entry] = chosen;
  const target = draftStore();
  if (!own && target) {
    await del(key, target);
    await set(keyOf(id, tab), { ...entry, tabId: tab }, target);
  }
  return { base: entry.base, draft: entry.draft, pending: entry.pending, savedAt: entry.savedAt };
}

/** Forgets this tab's draft of the profile (after a save or a discard). */
export async function deleteDraft(id: DraftId): Promise<void> {
  const target = draftStore();
  if (target) await del(keyOf(id, tabId()), target);
}

/**
 * Forgets every stored draft and queued save, or all but one user's. Call it when another user signs in or the
 * user signs out: one person's unsaved data must never reach another's session.
 */
export async function clearDrafts(options: { exceptSessionKey?: string } = {}): Promise<void> {
  const target = draftStore();
  if (!target) return;
  const all = await entries(target);
  const doomed = all
    .filter(([, value]) => {
      const parsed = v.safeParse(EntrySchema, value);
      return !parsed.success || parsed.output.sessionKey !== options.exceptSessionKey;
    })
    .map(([key]) => key);
  if (doomed.length > 0) await delMany(doomed, target);
}
