// The form of a loaded profile: the editor (use-editor) wired to its surroundings (drafts on this device, other
// tabs, the connection, the embedding portal) and laid out as messages, the error summary, fields — in tabs, or
// with a section navigation on a long form — and save bars, with one live region that announces each outcome.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UISchemaElement } from '@jsonforms/core';
import { isVisible as isRuleVisible } from '@jsonforms/core';
import { formsAjv } from '../forms/ajv';
import { controlsOf, pointerOfScope } from '../forms/validation/uischema-walk';
import { errorPointer } from '../forms/validation/validate-form';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { topKeyOf } from '../forms/data/data-paths';
import { withoutSecrets } from '../forms/data/form-data';
import { categoriesOf, useCategorySelection, type CategoryView } from './CategoryTabs';
import type { DraftId, StoredDraft } from './drafts';
import type { EditorCommands, EditorEvent } from './editor-events';
import type { SaveStatus } from './editor-state';
import { EditorLayout } from './EditorLayout';
import { EditorMessages } from './EditorMessages';
import { errorsKey } from './editor-validation';
import { ErrorSummary, type SectionWithErrors } from './ErrorSummary';
import { FormView } from './FormView';
import { focusInvalidField } from './invalid-fields';
import { profileKeys } from './profile-keys';
import { SaveStatusBar } from './SaveStatusBar';
import type { SavePart } from './save-flow';
import type { StatusContext } from './save-status-text';
import { OutcomeAnnouncer } from './Announcer';
import { useReportUnsaved } from './unsaved-changes';
import { useEditor } from './use-editor';
import {
  useDraftPersistence,
  useLeaveWarning,
  useOnline,
  useQueuedSave,
  useTabSync,
} from './use-editor-sync';
import { useErrorSummary } from './use-error-summary';
import { editorText } from './editor-text';

export interface EditorFormProps {
  form: ProfileForm;
  provider: ProfileProvider;
  ctx: ProviderContext;
  providerLabel: string;
  /** Unsaved changes found on this device for this profile (restored with a notice). */
  restored?: StoredDraft | undefined;
  onEvent?: ((event: EditorEvent) => void) | undefined;
  commands?: EditorCommands | undefined;
  renewCredentials?: (() => Promise<void>) | undefined;
}

const keysOf = (uischema: UISchemaElement) => [
  ...new Set(controlsOf(uischema).map((c) => topKeyOf(pointerOfScope(c.scope)))),
];

/** The status of a bar another section's save does not concern (one object: the bar tells outcomes apart by it). */
const IDLE: SaveStatus = { kind: 'idle' };

/** The section a status concerns (a form saved by section), or undefined for the whole form. */
const partOfStatus = (status: SaveStatus) =>
  status.kind === 'saving' ||
  status.kind === 'saved' ||
  status.kind === 'failed' ||
  status.kind === 'offline-queued'
    ? status.part
    : undefined;

export function EditorForm(props: EditorFormProps) {
  const { form, provider, ctx, providerLabel, restored, onEvent, commands, renewCredentials } = props;
  const queryClient = useQueryClient();
  const queryKey = useMemo(
    () => profileKeys.detail(ctx.sessionKey, provider.id, ctx.params, ctx.locale),
    [ctx.sessionKey, provider.id, ctx.params, ctx.locale],
  );
  const draftId: DraftId = useMemo(
    () => ({ sessionKey: ctx.sessionKey, providerId: provider.id, params: ctx.params }),
    [ctx.sessionKey, provider.id, ctx.params],
  );
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  });
  // Returns nothing whatever the listener returns (emit is called as an effect's body).
  const emit = useCallback((event: EditorEvent) => {
    onEventRef.current?.(event);
  }, []);
  const secrets = provider.secretPaths;
  const adopt = useCallback(
    (fresh: ProfileForm) =>
      queryClient.setQueryData<ProfileForm>(queryKey, {
        ...fresh,
        data: withoutSecrets(fresh.data, secrets),
      }),
    [queryClient, queryKey, secrets],
  );
  const formRef = useRef(form);
  useEffect(() => {
    formRef.current = form;
  });
  const reread = useCallback(() => {
    const read = provider.conflicts?.reread ?? ((c: ProviderContext) => provider.load(c));
    return read(ctx, formRef.current);
  }, [provider, ctx]);

  const editor = useEditor({ form, provider, ctx, providerLabel, restored, emit });
  const { state, store } = editor;
  const rereadWithoutSecrets = useCallback(
    () => reread().then((fresh) => ({ ...fresh, data: withoutSecrets(fresh.data, secrets) })),
    [reread, secrets],
  );
  useTabSync({ store, id: draftId, providerLabel, reread: rereadWithoutSecrets, adopt });
  useDraftPersistence(store, draftId, secrets);
  useLeaveWarning(editor.dirty, editor.inputs.flushAll);
  useReportUnsaved(editor.dirty);
  const online = useOnline();

  const categories = useMemo(() => categoriesOf(form.uischema), [form.uischema]);
  const isVisible = useCallback(
    (element: UISchemaElement) => isRuleVisible(element, state.draft, '', formsAjv, undefined),
    [state.draft],
  );
  const selection = useCategorySelection(categories, isVisible);
  const perCategory = form.saveBy === 'category' && categories.length > 0;
  const partOfView = useCallback(
    (view: CategoryView | undefined): SavePart | undefined =>
      perCategory && view
        ? { id: String(view.index), keys: keysOf(view.category), label: view.category.label }
        : undefined,
    [perCategory],
  );
  const partById = useCallback(
    (id: string | undefined) => {
      const category = id === undefined ? undefined : categories[Number(id)];
      return category ? partOfView({ index: Number(id), category }) : undefined;
    },
    [categories, partOfView],
  );
  const { save, discard } = editor;
  useQueuedSave({ store, save, partById });

  useEffect(() => emit({ type: 'dirty', dirty: editor.dirty }), [emit, editor.dirty]);
  // A provider that says the form cannot change: show it read-only from now on.
  const failure = state.status.kind === 'failed' ? state.status.failure : undefined;
  useEffect(() => {
    if (failure?.kind !== 'read-only') return;
    queryClient.setQueryData<ProfileForm>(queryKey, (current) =>
      current ? { ...current, readOnly: { reason: failure.message } } : current,
    );
  }, [failure, queryClient, queryKey]);

  // The portal's `save`: the section on screen when it has changes, else the first section that has some.
  const current = selection.current;
  const { dirtyIn } = editor;
  const hostPart = useCallback(() => {
    if (!perCategory) return undefined;
    const dirtyView = [current, ...selection.shown].find((view) => view && dirtyIn(keysOf(view.category)));
    return partOfView(dirtyView ?? current);
  }, [perCategory, current, selection.shown, dirtyIn, partOfView]);
  useEffect(
    () =>
      commands?.subscribe((command) => {
        if (command === 'save') void save(hostPart());
        if (command === 'reset') discard();
      }),
    [commands, save, discard, hostPart],
  );

  /** What is unsaved from the point of view of a bar (its section, the others), for its words. */
  const contextFor = useCallback(
    (partId: string | undefined): StatusContext => {
      if (!perCategory) return { providerLabel, dirtyHere: editor.dirty, unsavedElsewhere: undefined };
      const view = selection.shown.find((v) => String(v.index) === partId);
      return {
        providerLabel,
        dirtyHere: view ? dirtyIn(keysOf(view.category)) : editor.dirty,
        unsavedElsewhere: selection.shown
          .filter((v) => String(v.index) !== partId && dirtyIn(keysOf(v.category)))
          .map((v) => v.category.label ?? ''),
      };
    },
    [perCategory, providerLabel, editor.dirty, selection.shown, dirtyIn],
  );

  const root = useRef<HTMLFormElement>(null);
  const summary = useErrorSummary(root, state.status, errorsKey(editor.visibleErrors));
  // Invalid fields in sections not on screen (a form saved as a whole, in tabs): one link per section.
  const elsewhere: SectionWithErrors[] = useMemo(() => {
    if (!summary || perCategory || categories.length === 0) return [];
    const pointers = [...new Set(editor.errors.blocking.map(errorPointer))];
    return selection.shown
      .filter((view) => view !== current)
      .map((view) => {
        const keys = keysOf(view.category);
        const count = pointers.filter((p) => keys.includes(topKeyOf(p))).length;
        const label = view.category.label ?? '';
        return { label, count, open: () => selection.select(label) };
      })
      .filter((section) => section.count > 0);
  }, [summary, perCategory, categories.length, editor.errors, selection, current]);

  const signInAgain = renewCredentials
    ? async () => {
        await renewCredentials();
        store.dispatch({ type: 'status', status: { kind: 'idle' } });
      }
    : undefined;
  const countrySources = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(provider.countrySources ?? {}).map(([name, load]) => [name, () => load(ctx)]),
      ),
    [provider, ctx],
  );
  const readOnly = form.readOnly !== undefined;
  const actions = (provider.actions ?? []).filter((a) => !a.available || a.available(form));
  const busy = state.status.kind === 'saving';
  const renderBody = (uischema: UISchemaElement) => (
    <FormView
      schema={form.schema}
      uischema={uischema}
      data={state.draft}
      errors={editor.visibleErrors}
      readOnly={readOnly}
      locale={ctx.locale}
      extraRenderers={provider.renderers}
      countrySources={countrySources}
      inputs={editor.inputs}
      onEdit={editor.onEdit}
    />
  );
  const renderBar = (part: SavePart | undefined) => {
    const { status } = state;
    const statusPart = partOfStatus(status);
    // Another section's save is not this bar's story (a conflict or a running save concern them all).
    const concerns = !part || statusPart === undefined || statusPart === part.id;
    const retry = () => {
      const action = status.kind === 'failed' ? status.action : undefined;
      void save(action ? undefined : part, action);
    };
    return (
      <SaveStatusBar
        saveLabel={editorText.save(part?.label)}
        canSave={!readOnly && dirtyIn(part?.keys) && !busy && status.kind !== 'conflict'}
        status={concerns ? status : IDLE}
        busy={busy}
        context={contextFor(part?.id)}
        queued={status.kind === 'offline-queued'}
        readOnly={readOnly}
        onSave={() => void save(part)}
        onRetry={retry}
        onSignInAgain={signInAgain && (() => void signInAgain())}
        onDiscard={discard}
        onCancel={editor.cancel}
        actions={readOnly ? [] : actions}
        onAction={(id) => void save(undefined, id)}
      />
    );
  };

  return (
    <form ref={root} noValidate onSubmit={(e) => e.preventDefault()}>
      <OutcomeAnnouncer
        state={state}
        context={contextFor(partOfStatus(state.status))}
        online={online}
        dirty={editor.dirty}
      />
      <EditorLayout
        form={form}
        messages={
          <EditorMessages
            form={form}
            state={state}
            dirty={editor.dirty}
            online={online}
            providerLabel={providerLabel}
            onDiscard={discard}
            onDismissNotice={editor.dismissNotice}
            onResolve={editor.resolve}
            summary={
              summary &&
              (summary.fields.length > 0 || elsewhere.length > 0) && (
                <ErrorSummary
                  fields={summary.fields}
                  elsewhere={elsewhere}
                  attempt={summary.attempt}
                  onFocusField={(field) => (root.current ? focusInvalidField(root.current, field) : false)}
                />
              )
            }
          />
        }
        root={root}
        selection={selection}
        perCategory={perCategory}
        isUnsaved={(view) => dirtyIn(keysOf(view.category))}
        isShown={isVisible}
        renderBody={renderBody}
        renderBar={(view) => renderBar(partOfView(view))}
      />
    </form>
  );
}
