// Keeps the tabs of one profile coherent: a tab that saved says so on a BroadcastChannel (names only, never
// values: each tab re-reads the provider with its own credential), and the other tabs of the same user's profile
// take the saved values as their new base.
import * as v from 'valibot';
import type { DraftId } from './drafts';

const CHANNEL = 'profile-editor';

const SavedMessage = v.object({
  type: v.literal('saved'),
  sessionKey: v.string(),
  providerId: v.string(),
  profile: v.string(),
  from: v.string(),
});

const profileOf = (params: DraftId['params']) =>
  JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));

export interface TabSync {
  /** Tells the other tabs this profile was saved here. */
  announceSaved(): void;
  close(): void;
}

/** Listens for saves of the same user's profile in other tabs; `onSavedElsewhere` re-reads and rebases. */
export function connectTabSync(id: DraftId, onSavedElsewhere: () => void): TabSync {
  if (typeof BroadcastChannel === 'undefined')
    return { announceSaved: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  const self = crypto.randomUUID();
  const profile = profileOf(id.params);
  channel.onmessage = (event: MessageEvent) => {
    const parsed = v.safeParse(SavedMessage, event.data);
    if (!parsed.success) return;
    const message = parsed.output;
    if (message.from === self) return;
    if (message.sessionKey !== id.sessionKey || message.providerId !== id.providerId) return;
    if (message.profile !== profile) return;
    onSavedElsewhere();
  };
  return {
    announceSaved: () =>
      channel.postMessage({
        type: 'saved',
        sessionKey: id.sessionKey,
        providerId: id.providerId,
        profile,
        from: self,
      }),
    close: () => channel.close(),
  };
}
