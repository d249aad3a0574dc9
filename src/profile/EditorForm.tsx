// The form of a loaded profile: the editor (use-editor) wired to its surroundings (drafts on this device, other
// tabs, the connection, the embedding portal) and laid out as messages, fields (tabs when the form has
// categories) and Save bars.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Category, UISchemaElement } from '@jsonforms/core';
import { isVisible as isRuleVisible } from '@jsonforms/core';
import { formsAjv } from '../forms/ajv';
import { controlsOf, pointerOfScope } from '../forms/validation/uischema-walk';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { CategoryTabs, categoriesOf, useCategorySelection, type CategoryView } from './CategoryTabs';
import { topKeyOf } from '../forms/data/data-paths';
import type { DraftId, StoredDraft } from './drafts';
import type { EditorCommands, EditorEvent } from './editor-events';
import { EditorMessages } from './EditorMessages';
import { withoutSecrets } from '../forms/data/form-data';
import { FormView } from './FormView';
import { profileKeys } from './profile-keys';
import { SaveBar } from './SaveBar';
import type { SavePart } from './save-flow';
import { useReportUnsaved } from './unsaved-changes';
import { useEditor } from './use-editor';
import {
  useDraftPersistence,
  useLeaveWarning,
  useOnline,
  useQueuedSave,
  useTabSync,
} from './use-editor-sync';

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
  const emit = useCallback((event: EditorEvent) => onEventRef.current?.(event), []);
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
  useTabSync({ store, id: draftId, providerLabel, reread, adopt });
  useDraftPersistence(store, draftId, secrets);
  useLeaveWarning(editor.dirty, editor.inputs.flushAll);
  useReportUnsaved(editor.dirty);
  const online = useOnline();

  const categories = useMemo(() => categoriesOf(form.uischema), [form.uischema]);
  const isVisible = useCallback(
    (category: Category) => isRuleVisible(category, state.draft, '', formsAjv, undefined),
    [state.draft],
  );
  const selection = useCategorySelection(categories, isVisible);
  const perCategory = form.saveBy === 'category' && categories.length > 0;
  const partOfView = useCallback(
    (view: CategoryView | undefined): SavePart | undefined =>
      perCategory && view ? { id: String(view.index), keys: keysOf(view.category) } : undefined,
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

  const current = selection.current;
  useEffect(
    () =>
      commands?.subscribe((command) => {
        if (command === 'save') void save(partOfView(current));
        if (command === 'reset') discard();
      }),
    [commands, save, discard, partOfView, current],
  );

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
  const saving = state.status.kind === 'saving';
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
  const saveBar = (part: SavePart | undefined, label?: string) => (
    <SaveBar
      saveLabel={label ? `Save ${label}` : 'Save'}
      canSave={!readOnly && editor.dirtyIn(part?.keys) && !saving && state.status.kind !== 'conflict'}
      saving={saving}
      queued={state.status.kind === 'offline-queued'}
      dirty={editor.dirty}
      readOnly={readOnly}
      onSave={() => void save(part)}
      onDiscard={discard}
      onCancel={editor.cancel}
      actions={readOnly ? [] : actions}
      onAction={(id) => void save(undefined, id)}
    />
  );
  const header = (form.uischema.options?.header as UISchemaElement[] | undefined) ?? [];

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => e.preventDefault()}>
      <EditorMessages
        form={form}
        state={state}
        dirty={editor.dirty}
        online={online}
        providerLabel={providerLabel}
        onSignInAgain={signInAgain}
        onDiscard={discard}
        onDismissNotice={editor.dismissNotice}
        onResolve={editor.resolve}
      />
      {categories.length > 0 ? (
        <>
          {header.length > 0 && renderBody({ type: 'VerticalLayout', elements: header })}
          <CategoryTabs
            shown={selection.shown}
            current={selection.current}
            onSelect={selection.select}
            isUnsaved={(view) => editor.dirtyIn(keysOf(view.category))}
            renderCategory={(view) => (
              <Stack spacing={2}>
                {typeof view.category.options?.description === 'string' && (
                  <Typography color="text.secondary">{view.category.options.description}</Typography>
                )}
                {renderBody({ type: 'VerticalLayout', elements: view.category.elements })}
                {perCategory && saveBar(partOfView(view), view.category.label)}
              </Stack>
            )}
          />
          {!perCategory && saveBar(undefined)}
        </>
      ) : (
        <>
          {renderBody(form.uischema)}
          {saveBar(undefined)}
        </>
      )}
    </Stack>
  );
}
