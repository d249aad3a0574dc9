// The editor of one open profile: its store, the inputs' registry, what validation blocks or flags, and the
// commands a person (or the embedding portal) gives: save, cancel, discard, choose in a conflict.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { errorPointer } from '../forms/validation/validate-form';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { segmentsOf } from '../forms/data/data-paths';
import type { StoredDraft } from './drafts';
import type { EditorEvent } from './editor-events';
import { dirtyPointersOf, editorReducer, initialEditorState } from './editor-state';
import { editorText } from './editor-text';
import { blockingWithin } from './editor-validation';
import { withoutSecrets } from '../forms/data/form-data';
import { profileKeys } from './profile-keys';
import { afterPaint } from '../forms/after-paint';
import { runSave, SaveStopped, type SavePart } from './save-flow';
import { saveSettings } from './save-settings';
import { useFormState } from './use-form-state';
import { useSaveProfile } from './use-save-profile';

/** '/address/postCode' → 'address.postCode' (the field names the embed protocol reports). */
const dottedPath = (pointer: string) => segmentsOf(pointer).join('.');

export interface EditorOptions {
  form: ProfileForm;
  provider: ProfileProvider;
  ctx: ProviderContext;
  providerLabel: string;
  restored: StoredDraft | undefined;
  emit: (event: EditorEvent) => void;
}

export type Editor = ReturnType<typeof useEditor>;

export function useEditor(options: EditorOptions) {
  const { form, provider, ctx, providerLabel, restored, emit } = options;
  const queryClient = useQueryClient();
  const { mutateAsync } = useSaveProfile(provider, ctx);
  const queryKey = useMemo(
    () => profileKeys.detail(ctx.sessionKey, provider.id, ctx.params, ctx.locale),
    [ctx.sessionKey, provider.id, ctx.params, ctx.locale],
  );
  const formState = useFormState({
    schema: form.schema,
    uischema: form.uischema,
    validators: provider.validators,
    initial: () => {
      const initial = initialEditorState(form.data);
      return restored
        ? editorReducer(initial, {
            type: 'restore',
            base: restored.base,
            draft: restored.draft,
            pending: restored.pending ? { part: restored.pending.part } : undefined,
          })
        : initial;
    },
  });
  const { store, inputs, classify } = formState;
  const formRef = useRef(form);
  useLayoutEffect(() => {
    formRef.current = form;
  });

  const controller = useRef<AbortController | undefined>(undefined);
  const secrets = provider.secretPaths;

  /** A provider action beside Save (e.g. "My details are still correct"): its own progress, outcome and message. */
  const runAction = useCallback(
    async (actionId: string) => {
      const action = provider.actions?.find((a) => a.id === actionId);
      store.dispatch({ type: 'save-started', part: undefined, step: 'writing', action: actionId });
      try {
        const done = await mutateAsync({ draft: store.getState().draft, base: formRef.current, actionId });
        store.dispatch({ type: 'rebase', fresh: withoutSecrets(done.data, secrets), origin: 'save' });
        if (store.getState().status.kind === 'conflict') return;
        store.dispatch({
          type: 'status',
          status: { kind: 'saved', by: 'action', at: Date.now(), note: action?.successMessage },
        });
      } catch (error) {
        const failure = provider.describeError(error, 'action');
        store.dispatch({ type: 'save-failed', failure, action: actionId });
        emit({ type: 'error', kind: failure.kind, message: failure.message });
      }
    },
    [provider, store, mutateAsync, secrets, emit],
  );

  const save = useCallback(
    async (part: SavePart | undefined, actionId?: string) => {
      inputs.flushAll();
      const current = store.getState();
      // A save already running answers for this one too (its outcome is told when it ends).
      if (current.status.kind === 'saving') return;
      const currentForm = formRef.current;
      if (currentForm.readOnly) {
        emit({ type: 'error', kind: 'read-only', message: currentForm.readOnly.reason });
        return;
      }
      if (current.status.kind === 'conflict') {
        emit({
          type: 'error',
          kind: 'conflict',
          message: editorText.conflict(providerLabel, current.status.origin),
        });
        return;
      }
      if (actionId) {
        await runAction(actionId);
        return;
      }
      // Nothing changed in what this save covers (and nothing queued): there is nothing to write.
      const changed = dirtyPointersOf(current).some(
        (p) => !part || part.keys.includes(segmentsOf(p)[0] ?? ''),
      );
      if (!changed && !current.pending) {
        emit({ type: 'saved', provider: provider.id, fields: [] });
        return;
      }
      const classified = classify(current.base, current.draft);
      const blocking = blockingWithin(classified, part?.keys);
      if (blocking.length > 0) {
        // The error summary takes it from here: it lists the fields, takes the focus, links to each field.
        store.dispatch({ type: 'show-all-errors' });
        const pointers = [...new Set(blocking.map(errorPointer))];
        const message = editorText.correctFields(pointers.length);
        store.dispatch({
          type: 'save-failed',
          failure: { kind: 'validation', message, fieldErrors: [] },
          part: part?.id,
        });
        emit({ type: 'error', kind: 'validation', message, fields: pointers.map(dottedPath) });
        return;
      }
      const running = new AbortController();
      controller.current = running;
      const result = await runSave(
        {
          store,
          provider,
          providerLabel,
          form: () => formRef.current,
          reread: (signal) => {
            const reread = provider.conflicts?.reread ?? ((c: ProviderContext) => provider.load(c));
            return reread({ ...ctx, signal }, formRef.current);
          },
          write: (variables) => mutateAsync(variables),
          adopt: (fresh) =>
            queryClient.setQueryData<ProfileForm>(queryKey, {
              ...fresh,
              data: withoutSecrets(fresh.data, secrets),
            }),
          online: () => navigator.onLine,
          afterPaint,
          timeoutMs: saveSettings.timeoutMs,
        },
        part,
        running,
      );
      if (controller.current === running) controller.current = undefined;
      if (result.outcome === 'saved') {
        emit({ type: 'saved', provider: provider.id, fields: result.fields });
      } else if (result.outcome === 'failed') {
        emit({ type: 'error', kind: result.failure.kind, message: result.failure.message });
        if (result.failure.kind === 'auth') emit({ type: 'tokenExpired' });
      } else if (result.outcome === 'conflict') {
        emit({ type: 'error', kind: 'conflict', message: editorText.conflict(providerLabel, 'save') });
      } else {
        // Queued until the browser is online: not saved yet (a `saved` follows once it is sent).
        emit({ type: 'error', kind: 'network', message: editorText.offline });
      }
    },
    [
      store,
      inputs,
      classify,
      mutateAsync,
      provider,
      providerLabel,
      ctx,
      emit,
      queryClient,
      queryKey,
      secrets,
      runAction,
    ],
  );

  const cancel = useCallback(() => controller.current?.abort(new SaveStopped('cancelled')), []);
  const discard = useCallback(() => {
    inputs.flushAll();
    store.dispatch({ type: 'discard' });
  }, [inputs, store]);
  const resolve = useCallback(
    (pointer: string, keep: 'mine' | 'theirs') => store.dispatch({ type: 'resolve', pointer, keep }),
    [store],
  );
  const dismissNotice = useCallback(() => store.dispatch({ type: 'notice', notice: undefined }), [store]);

  return {
    ...formState,
    save,
    cancel,
    discard,
    resolve,
    dismissNotice,
  };
}
