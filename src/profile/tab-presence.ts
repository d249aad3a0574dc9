// Which tabs of this browser have the editor open: a tab never takes over the draft of a tab that is still
// open (only one that was closed or crashed). Each tab holds a Web Lock named after its id for as long as it
// lives; the browser releases it when the tab closes or crashes, so the held locks are exactly the open tabs, with
// no waiting for answers (a busy tab cannot miss a deadline). Where Web Locks are missing, tabs answer "alive?" on
// a BroadcastChannel with their id instead.
import * as v from 'valibot';

const CHANNEL = 'profile-editor.tabs';
const LOCK_PREFIX = 'profile-editor.tab:';
let answering = false;

const AliveMessage = v.object({ type: v.literal('alive'), tab: v.string() });
const AskMessage = v.object({ type: v.literal('alive?') });

const locks = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

/** Marks this tab as open for others: holds its lock, and answers "alive?" (once per page). */
export function answerPresence(tab: string): void {
  if (answering) return;
  answering = true;
  // Held until the page goes away: the callback's promise never settles.
  void locks()?.request(`${LOCK_PREFIX}${tab}`, () => new Promise<never>(() => undefined));
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (v.is(AskMessage, event.data)) channel.postMessage({ type: 'alive', tab });
  };
}

/** The ids of the tabs that are open: those holding their lock, else those answering within `waitMs`. */
export async function liveTabs(waitMs = 200): Promise<Set<string>> {
  const manager = locks();
  if (manager) {
    const { held = [] } = await manager.query();
    const names = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX));
    return new Set(names.map((name) => name.slice(LOCK_PREFIX.length)));
  }
  const seen = new Set<string>();
  if (typeof BroadcastChannel === 'undefined') return seen;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (v.is(AliveMessage, event.data)) seen.add(event.data.tab);
  };
  channel.postMessage({ type: 'alive?' });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  channel.close();
  return seen;
}
