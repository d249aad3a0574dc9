// One save, start to end, on the editor store: offline → queued; re-read the provider and merge the user's changes
// into its current values (a field changed on both sides stops the save and asks); write; and when no answer
// came (deadline, cancel, dropped connection) read again and say truthfully whether the changes arrived.
import { isApiError } from '../api/api-error';
import type { FormData, ProfileForm, ProfileProvider, ProviderFailure } from '../providers/types';
import { changedKeys, withoutSecrets } from '../forms/data/form-data';
import type { EditorStore } from './editor-store';
import { editorText } from './editor-text';
import { validateDraft } from './editor-validation';
import { writeOutcome } from './rebase';
import { errorPointer } from '../forms/validation/validate-form';

/** Why the editor stopped waiting for a save. */
export class SaveStopped extends Error {
  constructor(readonly reason: 'cancelled' | 'deadline') {
    super(reason === 'cancelled' ? 'The save was cancelled.' : 'The save took too long.');
    this.name = 'SaveStopped';
  }
}

export interface SavePart {
  /** The category's index, as the provider's save expects it. */
  id: string;
  /** The top-level keys the category saves. */
  keys: readonly string[];
  /** The category's label, for messages ("Saved Billing"). */
  label?: string | undefined;
}

export interface SaveFlowDeps {
  store: EditorStore;
  provider: ProfileProvider;
  providerLabel: string;
  /** The form as the cache holds it (schema, uischema, meta). */
  form: () => ProfileForm;
  /** Reads the provider's current values. */
  reread: (signal?: AbortSignal) => Promise<ProfileForm>;
  /** The mutation: writes and updates the cache. */
  write: (variables: {
    draft: FormData;
    base: ProfileForm;
    part?: string | undefined;
    signal: AbortSignal;
  }) => Promise<ProfileForm>;
  /** Puts a re-read form in the cache (its schema, meta and values become the form's). */
  adopt: (form: ProfileForm) => void;
  online: () => boolean;
  /** Waits until "Saving…" is on screen before the save's requests start (none: at once). */
  afterPaint?: () => Promise<void>;
  timeoutMs: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export type SaveResult =
  | { outcome: 'saved'; fields: string[] }
  | { outcome: 'queued' | 'conflict' }
  | { outcome: 'failed'; failure: ProviderFailure; error?: unknown };

/** Resolves with the promise, or rejects as soon as the signal aborts (a provider may ignore the signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason instanceof Error ? signal.reason : new SaveStopped('cancelled'));
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

const isUncertain = (error: unknown) =>
  error instanceof SaveStopped ||
  (isApiError(error) && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'aborted'));

/**
 * Runs one save. `controller` is the save's own: the Cancel button aborts it with SaveStopped('cancelled'); the
 * deadline with SaveStopped('deadline').
 */
export async function runSave(
  deps: SaveFlowDeps,
  part: SavePart | undefined,
  controller: AbortController,
): Promise<SaveResult> {
  const { store, provider, providerLabel } = deps;
  if (!deps.online()) {
    store.dispatch({ type: 'queued', part: part?.id });
    return { outcome: 'queued' };
  }
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const { signal } = controller;
  let sent: FormData | undefined;
  let sentBase: FormData | undefined;
  try {
    store.dispatch({ type: 'save-started', part: part?.id, step: 'checking' });
    await deps.afterPaint?.();
    const fresh = await untilAborted(deps.reread(signal), signal);
    deps.adopt(fresh);
    store.dispatch({ type: 'rebase', fresh: fresh.data, origin: 'save' });
    if (store.getState().status.kind === 'conflict') return { outcome: 'conflict' };
    store.dispatch({ type: 'save-started', part: part?.id, step: 'writing' });
    // The deadline is the write's: reads have the http client's own timeout.
    deadline = setTimeout(() => controller.abort(new SaveStopped('deadline')), deps.timeoutMs);
    const state = store.getState();
    sent = state.draft;
    sentBase = state.base;
    const base = { ...fresh, data: state.base };
    const saved = await untilAborted(deps.write({ draft: sent, base, part: part?.id, signal }), signal);
    return succeeded(deps, part, sent, sentBase, saved, undefined);
  } catch (error) {
    if (sent && sentBase && isUncertain(error))
      return checkAfterUncertainWrite(deps, part, sent, sentBase, error);
    if (!sent && error instanceof SaveStopped) {
      // Nothing was written yet: stopping before the write changes nothing at the provider.
      const failure: ProviderFailure = {
        kind: 'network',
        message:
          error.reason === 'cancelled'
            ? editorText.cancelledNothingChanged(providerLabel)
            : editorText.timedOutNotLanded(providerLabel, deps.timeoutMs),
        fieldErrors: [],
      };
      store.dispatch({ type: 'save-failed', failure, part: part?.id });
      return { outcome: 'failed', failure, error };
    }
    if (!deps.online() && isUncertain(error)) {
      store.dispatch({ type: 'queued', part: part?.id });
      return { outcome: 'queued' };
    }
    const failure = provider.describeError(error, 'save');
    store.dispatch({ type: 'save-failed', failure, part: part?.id });
    return { outcome: 'failed', failure, error };
  } finally {
    clearTimeout(deadline);
  }
}

function succeeded(
  deps: SaveFlowDeps,
  part: SavePart | undefined,
  sent: FormData,
  sentBase: FormData,
  saved: ProfileForm,
  note: string | undefined,
): SaveResult {
  const { store, provider } = deps;
  const secrets = provider.secretPaths ?? [];
  const fields = changedKeys(sentBase, sent).filter((key) => !part || part.keys.includes(key));
  store.dispatch({
    type: 'save-succeeded',
    saved: withoutSecrets(saved.data, secrets),
    sent,
    keys: part?.keys,
    outcome: {
      at: (deps.now ?? Date.now)(),
      by: 'save',
      ...(note !== undefined && { note }),
      ...(part && { part: part.id, partLabel: part.label }),
    },
  });
  // The provider may answer with new questions (a growing hint): "up to date" would not be true then.
  const after = store.getState();
  const missingRequired = missingRequiredIn(saved, after.draft, provider);
  if (missingRequired > 0 && after.status.kind === 'saved') {
    store.dispatch({ type: 'status', status: { ...after.status, missingRequired } });
  }
  return { outcome: 'saved', fields };
}

/** How many required fields are empty in a form with these values (the visible ones only). */
function missingRequiredIn(form: ProfileForm, draft: FormData, provider: ProfileProvider): number {
  const { blocking } = validateDraft({
    schema: form.schema,
    uischema: form.uischema,
    base: form.data,
    draft,
    validators: provider.validators,
  });
  return new Set(blocking.filter((e) => e.keyword === 'required').map(errorPointer)).size;
}

/** No answer came: read again and tell the user what the provider really holds. */
async function checkAfterUncertainWrite(
  deps: SaveFlowDeps,
  part: SavePart | undefined,
  sent: FormData,
  sentBase: FormData,
  error: unknown,
): Promise<SaveResult> {
  const { store, provider, providerLabel } = deps;
  let fresh: ProfileForm | undefined;
  try {
    fresh = await deps.reread();
  } catch {
    fresh = undefined;
  }
  const outcome = fresh
    ? writeOutcome({
        base: sentBase,
        sent,
        fresh: fresh.data,
        unreadable: provider.secretPaths,
        normalise: provider.conflicts?.normalise,
      })
    : 'unknown';
  if (fresh && outcome === 'landed') {
    deps.adopt(fresh);
    const cancelled = error instanceof SaveStopped && error.reason === 'cancelled';
    return succeeded(
      deps,
      part,
      sent,
      sentBase,
      fresh,
      cancelled ? editorText.cancelledButLanded(providerLabel) : editorText.savedLate(providerLabel),
    );
  }
  if (outcome === 'not-landed' && !deps.online()) {
    store.dispatch({ type: 'queued', part: part?.id });
    return { outcome: 'queued' };
  }
  if (fresh) {
    deps.adopt(fresh);
    store.dispatch({ type: 'rebase', fresh: fresh.data, origin: 'save' });
    if (store.getState().status.kind === 'conflict') return { outcome: 'conflict' };
  }
  const message =
    outcome === 'partly'
      ? editorText.partlyLanded(providerLabel)
      : outcome === 'not-landed'
        ? error instanceof SaveStopped
          ? error.reason === 'cancelled'
            ? editorText.cancelledNothingChanged(providerLabel)
            : editorText.timedOutNotLanded(providerLabel, deps.timeoutMs)
          : isApiError(error) && error.kind === 'timeout'
            ? editorText.timedOutNotLanded(providerLabel, deps.timeoutMs)
            : editorText.droppedNotLanded(providerLabel)
        : editorText.unknownOutcome(providerLabel);
  const failure: ProviderFailure = { kind: 'network', message, fieldErrors: [] };
  store.dispatch({ type: 'save-failed', failure, part: part?.id });
  return { outcome: 'failed', failure, error };
}
