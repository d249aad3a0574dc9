// What the save status next to Save says, and what the editor announces once per outcome: pure functions of the
// editor's status and what is still unsaved, so the bar and the live region always tell the same story.
import type { SaveStatus, SavedOutcome } from './editor-state';
import { editorText } from './editor-text';

/** The kinds the status line can show; each is its `data-save-status` (the QA kit's contract). */
export type StatusLineKind = 'saving' | 'saved' | 'failed' | 'invalid' | 'queued' | 'conflict' | 'unsaved';

export interface StatusLine {
  kind: StatusLineKind;
  text: string;
}

export interface StatusContext {
  providerLabel: string;
  /** Whether what this bar saves holds unsaved changes. */
  dirtyHere: boolean;
  /**
   * Other sections with unsaved changes (a form saved by section), or undefined for a form saved as a whole
   * (then `dirtyHere` says whether changes are left).
   */
  unsavedElsewhere: readonly string[] | undefined;
}

/** "just now", "3 minutes ago", "2 hours ago": how long ago `at` was, in words that stay true. */
export function relativeTime(at: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return editorText.justNow;
  if (minutes < 60) return editorText.minutesAgo(minutes);
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? editorText.hoursAgo(hours) : editorText.longAgo;
}

/** When the relative time next changes (ms after `now`), so a bar re-renders exactly then. */
export function nextChangeIn(at: number, now: number): number {
  const elapsed = Math.max(0, now - at);
  const unit = elapsed < 3_600_000 ? 60_000 : 3_600_000;
  return unit - (elapsed % unit);
}

/** What is left after a save: other sections' changes, new required questions — never "up to date" then. */
function remainder(outcome: SavedOutcome, context: StatusContext): string | undefined {
  if (outcome.by === 'action') return context.dirtyHere ? editorText.actionLeftChanges : undefined;
  const elsewhere = context.unsavedElsewhere;
  if (elsewhere && elsewhere.length > 0) return editorText.unsavedElsewhere(elsewhere);
  if (!elsewhere && context.dirtyHere) return editorText.unsavedElsewhere([]);
  if (outcome.missingRequired) return editorText.missingRequired(outcome.missingRequired);
  return outcome.note ? undefined : editorText.upToDate(context.providerLabel);
}

/** The sentence about a successful save; `when` ("just now") for the bar, none for the announcement. */
export function savedText(outcome: SavedOutcome, context: StatusContext, when?: string): string {
  const rest = remainder(outcome, context);
  if (outcome.by === 'action') {
    return [outcome.note, when && `(${when})`, rest].filter(Boolean).join(editorText.sentenceGap);
  }
  return [editorText.savedHeadline(outcome.partLabel, when), outcome.note, rest]
    .filter(Boolean)
    .join(editorText.sentenceGap);
}

/** The line next to Save for this status (or the unsaved-changes note), undefined when there is nothing to say. */
export function statusLine(
  status: SaveStatus,
  context: StatusContext & { now: number; queuedOffline: boolean },
): StatusLine | undefined {
  switch (status.kind) {
    case 'saving':
      return {
        kind: 'saving',
        text:
          status.step === 'checking'
            ? editorText.checking(context.providerLabel)
            : editorText.writing(context.providerLabel),
      };
    case 'failed':
      return status.failure.kind === 'validation'
        ? { kind: 'invalid', text: status.failure.message }
        : { kind: 'failed', text: status.failure.message };
    case 'offline-queued':
      return { kind: 'queued', text: editorText.offline };
    case 'conflict':
      return { kind: 'conflict', text: editorText.conflictPending };
    case 'saved':
      // Changes made since (or while) it saved are what matters now; the announcement said the rest.
      if (context.dirtyHere && status.by === 'save') return { kind: 'unsaved', text: editorText.unsaved };
      return { kind: 'saved', text: savedText(status, context, relativeTime(status.at, context.now)) };
    case 'idle':
      if (!context.dirtyHere) return undefined;
      return {
        kind: 'unsaved',
        text: context.queuedOffline ? editorText.unsavedWaiting : editorText.unsaved,
      };
  }
}
