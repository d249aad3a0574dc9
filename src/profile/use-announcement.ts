// Which outcome to announce, derived from the editor's state as it changes: a new save outcome (saved, failed,
// invalid, queued, a conflict), a notice, a restored draft, the connection lost with unsaved changes. Progress
// ("Saving…") and the relative time of a save are shown, never announced.
import { useState } from 'react';
import type { EditorState, SaveStatus } from './editor-state';
import { editorText } from './editor-text';
import type { Announcement } from './Announcer';
import { savedText, type StatusContext } from './save-status-text';

interface Seen {
  status: SaveStatus;
  notice: string | undefined;
  offline: boolean;
  announcement: Announcement | undefined;
}

/** The sentence for a status that is an outcome, or undefined (progress, idle, the same outcome again). */
export function outcomeText(
  previous: SaveStatus | undefined,
  status: SaveStatus,
  context: StatusContext,
): string | undefined {
  if (previous === status) return undefined;
  switch (status.kind) {
    case 'saved':
      // The same save, told more precisely (new questions counted), is not a new outcome.
      return previous?.kind === 'saved' && previous.at === status.at ? undefined : savedText(status, context);
    case 'failed':
      return status.failure.message;
    case 'offline-queued':
      return editorText.offline;
    case 'conflict':
      // Choosing one value of several leaves the conflict open: said once, when it starts.
      return previous?.kind === 'conflict'
        ? undefined
        : editorText.conflict(context.providerLabel, status.origin);
    default:
      return undefined;
  }
}

export function useAnnouncement(args: {
  state: EditorState;
  context: StatusContext;
  online: boolean;
  dirty: boolean;
}): Announcement | undefined {
  const { state, context, online, dirty } = args;
  const offline = !online && dirty && state.status.kind !== 'offline-queued';
  const [seen, setSeen] = useState<Seen>(() => ({
    status: state.status,
    notice: state.notice,
    offline,
    // A draft brought back from this device is said once, when the form opens with it.
    announcement: state.restored && dirty ? { id: 1, text: editorText.restored } : undefined,
  }));
  if (seen.status !== state.status || seen.notice !== state.notice || seen.offline !== offline) {
    const text =
      outcomeText(seen.status, state.status, context) ??
      (state.notice && state.notice !== seen.notice ? state.notice : undefined) ??
      (offline && !seen.offline ? editorText.offlineUnsaved : undefined);
    const id = (seen.announcement?.id ?? 0) + 1;
    setSeen({
      status: state.status,
      notice: state.notice,
      offline,
      announcement: text ? { id, text } : seen.announcement,
    });
  }
  return seen.announcement;
}
