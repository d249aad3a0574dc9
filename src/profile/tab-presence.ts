// Which tabs of this browser have the editor open: a tab never takes over the draft of a tab that is still
// open (only one that was closed or crashed). Tabs answer "alive?" on a BroadcastChannel with their id.
const CHANNEL = 'profile-editor.tabs';
let listening: BroadcastChannel | undefined;

interface AliveMessage {
  type: 'alive';
  tab: string;
}
const isAlive = (data: unknown): data is AliveMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'alive' &&
  typeof (data as { tab?: unknown }).tab === 'string';

/** Answers other tabs' "alive?" with this tab's id (once per page). */
export function answerPresence(tab: string): void {
  if (listening || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'alive?')
      channel.postMessage({ type: 'alive', tab });
  };
  listening = channel;
}

/** The ids of the tabs that answer within `waitMs`. */
export async function liveTabs(waitMs = 200): Promise<Set<string>> {
  const seen = new Set<string>();
  if (typeof BroadcastChannel === 'undefined') return seen;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isAlive(event.data)) seen.add(event.data.tab);
  };
  channel.postMessage({ type: 'alive?' });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  channel.close();
  return seen;
}
