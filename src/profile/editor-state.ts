// The editor's one owner of client state, as a pure reducer: the provider's values the form started from
// (`base`), what the user has made of them (`draft`), touched fields, server field errors and the save status.
import type { FieldError, FormData, ProviderFailure } from '../providers/types';
import { isWithinPointer, setAt, topKeyOf, valueAt } from '../forms/data/data-paths';
import { changedPointers } from '../forms/data/form-data';
import { rebaseDraft, resolveConflict, type FieldConflict } from './rebase';

/** A successful save (or provider action), as the status bar and the announcement tell it. */
export interface SavedOutcome {
  kind: 'saved';
  /** When it was saved (ms since the epoch): the bar says "just now", "2 minutes ago"… */
  at: number;
  /** 'action': a provider action (its message is the whole story); 'save': a save. */
  by: 'save' | 'action';
  /** What to add to "Saved": a slow or cancelled save that arrived, the action's own message. */
  note?: string | undefined;
  /** The category saved (its id), with its label for the message. */
  part?: string | undefined;
  partLabel?: string | undefined;
  /** Required fields still empty in the form the provider sent back (new questions), when known. */
  missingRequired?: number | undefined;
}

/** What a save is doing or did, in a shape a status bar can render. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving'; part: string | undefined; step: 'checking' | 'writing'; action?: string | undefined }
  | SavedOutcome
  | { kind: 'failed'; failure: ProviderFailure; part?: string | undefined; action?: string | undefined }
  | { kind: 'offline-queued'; part: string | undefined }
  | { kind: 'conflict'; conflicts: FieldConflict[]; origin: 'save' | 'other-tab' | 'restore' };

export interface EditorState {
  /** The provider's values the draft is compared with (as loaded, saved or re-read). */
  base: FormData;
  draft: FormData;
  /** Fields (JSON pointers) the user has changed or left: their errors show. */
  touched: ReadonlySet<string>;
  /** After a save attempt every error shows. */
  showAllErrors: boolean;
  /** The provider's own field errors from the last save, until the field is edited. */
  serverErrors: readonly FieldError[];
  status: SaveStatus;
  /** The draft came back from storage after a reload or crash (a notice offers to discard it). */
  restored: boolean;
  /** A save waits for the connection (sent when the browser is online again, even after a reload). */
  pending: { part: string | undefined } | undefined;
  /** An informational line about the form (e.g. "saved in another tab"). */
  notice: string | undefined;
}

export type EditorAction =
  | { type: 'edit'; pointer: string; update: (previous: unknown) => unknown }
  | { type: 'touch'; pointers: readonly string[] }
  | { type: 'show-all-errors' }
  | { type: 'discard' }
  | { type: 'restore'; base: FormData; draft: FormData; pending: EditorState['pending'] }
  | { type: 'rebase'; fresh: FormData; origin: 'save' | 'other-tab' | 'restore'; notice?: string | undefined }
  | { type: 'resolve'; pointer: string; keep: 'mine' | 'theirs' }
  | {
      type: 'save-started';
      part: string | undefined;
      step: 'checking' | 'writing';
      /** A provider action runs instead of a save. */
      action?: string | undefined;
    }
  | {
      type: 'save-succeeded';
      saved: FormData;
      sent: FormData;
      keys: readonly string[] | undefined;
      outcome: Omit<SavedOutcome, 'kind'>;
    }
  | { type: 'save-failed'; failure: ProviderFailure; part?: string | undefined; action?: string | undefined }
  | { type: 'queued'; part: string | undefined }
  | { type: 'status'; status: SaveStatus }
  | { type: 'notice'; notice: string | undefined };

export function initialEditorState(base: FormData): EditorState {
  return {
    base,
    draft: base,
    touched: new Set(),
    showAllErrors: false,
    serverErrors: [],
    status: { kind: 'idle' },
    restored: false,
    pending: undefined,
    notice: undefined,
  };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const previous = valueAt(state.draft, action.pointer);
      const next = action.update(previous === undefined ? undefined : structuredClone(previous));
      const draft = setAt(state.draft, action.pointer, next);
      const touched = state.touched.has(action.pointer)
        ? state.touched
        : new Set([...state.touched, action.pointer]);
      const serverErrors = state.serverErrors.filter((e) => !isWithinPointer(e.path, action.pointer));
      return {
        ...state,
        draft,
        touched,
        // The status stays (a message vanishing as the user leaves a field would move the page under the
        // pointer); the next save replaces it.
        serverErrors: serverErrors.length === state.serverErrors.length ? state.serverErrors : serverErrors,
      };
    }
    case 'touch': {
      const fresh = action.pointers.filter((p) => !state.touched.has(p));
      return fresh.length === 0 ? state : { ...state, touched: new Set([...state.touched, ...fresh]) };
    }
    case 'show-all-errors':
      return state.showAllErrors ? state : { ...state, showAllErrors: true };
    case 'discard':
      // A fresh object: the form applies data it has not held before (see keep-newer-data).
      return { ...initialEditorState(state.base), draft: structuredClone(state.base) };
    case 'restore': {
      const rebased = rebaseDraft({ base: action.base, draft: action.draft, fresh: state.base });
      return {
        ...state,
        draft: rebased.draft,
        restored: true,
        pending: action.pending,
        status:
          rebased.conflicts.length > 0
            ? { kind: 'conflict', conflicts: rebased.conflicts, origin: 'restore' }
            : state.status,
      };
    }
    case 'rebase': {
      const rebased = rebaseDraft({ base: state.base, draft: state.draft, fresh: action.fresh });
      return {
        ...state,
        base: rebased.base,
        draft: rebased.draft,
        notice: action.notice ?? state.notice,
        status:
          rebased.conflicts.length > 0
            ? { kind: 'conflict', conflicts: rebased.conflicts, origin: action.origin }
            : state.status,
        // A queued save that meets a conflict waits for the user's choice, not for the connection.
        pending: rebased.conflicts.length > 0 && action.origin === 'save' ? undefined : state.pending,
      };
    }
    case 'resolve': {
      if (state.status.kind !== 'conflict') return state;
      const conflict = state.status.conflicts.find((c) => c.pointer === action.pointer);
      if (!conflict) return state;
      const conflicts = state.status.conflicts.filter((c) => c !== conflict);
      return {
        ...state,
        draft: resolveConflict(state.draft, conflict, action.keep),
        status: conflicts.length > 0 ? { ...state.status, conflicts } : { kind: 'idle' },
      };
    }
    case 'save-started':
      // A queued save stays queued until its outcome is known: a tab closed while it runs leaves it queued.
      return {
        ...state,
        status: {
          kind: 'saving',
          part: action.part,
          step: action.step,
          ...(action.action !== undefined && { action: action.action }),
        },
        notice: undefined,
      };
    case 'save-succeeded': {
      // Keep what the user typed while the save was running, and unsaved edits outside the saved part.
      let draft: FormData = structuredClone(action.saved);
      const typedMeanwhile = changedPointers(action.sent, state.draft);
      const unsavedElsewhere = action.keys
        ? changedPointers(state.base, state.draft).filter((p) => !action.keys?.includes(topKeyOf(p)))
        : [];
      for (const pointer of new Set([...typedMeanwhile, ...unsavedElsewhere])) {
        draft = setAt(draft, pointer, valueAt(state.draft, pointer));
      }
      return {
        ...state,
        base: action.saved,
        draft,
        touched: new Set(),
        showAllErrors: false,
        serverErrors: [],
        restored: false,
        pending: undefined,
        status: { kind: 'saved', ...action.outcome },
      };
    }
    case 'save-failed':
      // The user is told; a failed save is not sent again by itself.
      return {
        ...state,
        pending: undefined,
        serverErrors: action.failure.fieldErrors,
        status: {
          kind: 'failed',
          failure: action.failure,
          ...(action.part !== undefined && { part: action.part }),
          ...(action.action !== undefined && { action: action.action }),
        },
      };
    case 'queued':
      return {
        ...state,
        pending: { part: action.part },
        status: { kind: 'offline-queued', part: action.part },
      };
    case 'status':
      return { ...state, status: action.status };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** The fields the user changed (JSON pointers of leaves; a list is one value). */
export const dirtyPointersOf = (state: Pick<EditorState, 'base' | 'draft'>) =>
  changedPointers(state.base, state.draft);
