// The form of a loaded profile: the draft, JSON Forms, validation, Save (per form or per category) and the
// messages around them. Server state comes from the cache; the draft is the user's and is never thrown away.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Category, UISchemaElement } from '@jsonforms/core';
import { isVisible as isRuleVisible } from '@jsonforms/core';
import { formsAjv } from '../forms/ajv';
import { errorPointer } from '../forms/validation/validate-form';
import { controlsOf, pointerOfScope } from '../forms/validation/uischema-walk';
import type {
  FormData,
  ProfileForm,
  ProfileProvider,
  ProviderContext,
  ProviderFailure,
} from '../providers/types';
import { CategoryTabs, categoriesOf, useCategorySelection, type CategoryView } from './CategoryTabs';
import type { EditorCommands, EditorEvent } from './editor-events';
import { EditorMessages } from './EditorMessages';
import { changedKeys, changedPointers, mergeAfterSave, sameValue } from './form-data';
import { FormView } from './FormView';
import { profileKeys } from './profile-keys';
import { SaveBar } from './SaveBar';
import { useFormValidation } from './use-form-validation';
import { useSaveProfile } from './use-save-profile';

export interface EditorFormProps {
  form: ProfileForm;
  provider: ProfileProvider;
  ctx: ProviderContext;
  providerLabel: string;
  onEvent?: ((event: EditorEvent) => void) | undefined;
  commands?: EditorCommands | undefined;
  renewCredentials?: (() => Promise<void>) | undefined;
}

interface Part {
  index: number;
  keys: string[];
}

const topKey = (pointer: string) => pointer.split('/')[1] ?? '';
const keysOf = (uischema: UISchemaElement) => [
  ...new Set(controlsOf(uischema).map((c) => topKey(pointerOfScope(c.scope)))),
];

export function EditorForm({
  form,
  provider,
  ctx,
  providerLabel,
  onEvent,
  commands,
  renewCredentials,
}: EditorFormProps) {
  const queryClient = useQueryClient();
  const save = useSaveProfile(provider, ctx);
  const [draft, setDraft] = useState<FormData>(form.data);
  const draftRef = useRef(draft);
  const [failure, setFailure] = useState<ProviderFailure | undefined>();
  const [success, setSuccess] = useState<string | undefined>();
  const validation = useFormValidation({
    schema: form.schema,
    uischema: form.uischema,
    data: draft,
    validators: provider.validators,
  });

  const categories = useMemo(() => categoriesOf(form.uischema), [form.uischema]);
  const isVisible = useCallback(
    (category: Category) => isRuleVisible(category, draft, '', formsAjv, undefined),
    [draft],
  );
  const selection = useCategorySelection(categories, isVisible);
  const perCategory = form.saveBy === 'category' && categories.length > 0;
  const partOf = useCallback(
    (view: CategoryView | undefined): Part | undefined =>
      perCategory && view ? { index: view.index, keys: keysOf(view.category) } : undefined,
    [perCategory],
  );

  const changed = changedKeys(form.data, draft);
  const dirty = changed.length > 0;
  const dirtyIn = (part: Part | undefined) => (part ? changed.some((key) => part.keys.includes(key)) : dirty);

  const onEventRef = useRef(onEvent);
  useEffect(() => onEventRef.current?.({ type: 'dirty', dirty }), [dirty]);

  const { touch, reset: resetValidation } = validation;
  const handleChange = useCallback(
    (data: FormData) => {
      if (sameValue(data, draftRef.current)) return;
      touch(changedPointers(draftRef.current, data));
      draftRef.current = data;
      setDraft(data);
      setSuccess(undefined);
    },
    [touch],
  );

  const controlPointers = useMemo(() => controlsOf(form.uischema).map((c) => c.scope), [form.uischema]);
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    const id = event.target.id.replace(/-input$/, '');
    const scope = controlPointers.find(
      (s) => id === s || (id.startsWith(s) && /^\d+$/.test(id.slice(s.length))),
    );
    if (scope) validation.touch([pointerOfScope(scope)]);
  };

  const fail = (error: unknown) => {
    const explained = provider.describeError(error);
    setFailure(explained);
    validation.setServerErrors(explained.fieldErrors);
    if (explained.kind === 'read-only') {
      const key = profileKeys.detail(ctx.sessionKey, provider.id, ctx.params);
      queryClient.setQueryData<ProfileForm>(key, (current) =>
        current ? { ...current, readOnly: { reason: explained.message } } : current,
      );
    }
    onEventRef.current?.({ type: 'error', kind: explained.kind, message: explained.message });
    if (explained.kind === 'auth') onEventRef.current?.({ type: 'tokenExpired' });
  };

  // JSON Forms reports changes 10 ms after they happen (and inputs commit on blur): read the draft only once
  // the last keystroke has arrived, so a Save clicked straight after typing sends it.
  // On a busy machine the last change may have reached the draft but not yet a render (whose validation the
  // submit reads): wait for that render too, a few times at most.
  const submit = (part: Part | undefined, actionId?: string) => {
    let tries = 0;
    const attempt = () =>
      window.setTimeout(() => {
        if (renderedDraftRef.current !== draftRef.current && tries++ < 10) attempt();
        else submitRef.current(part, actionId);
      }, 30);
    attempt();
  };
  const submitNow = (part: Part | undefined, actionId?: string) => {
    setSuccess(undefined);
    setFailure(undefined);
    const blocking = validation.errors.filter((e) => !part || part.keys.includes(topKey(errorPointer(e))));
    if (!actionId && blocking.length > 0) {
      validation.showAllErrors();
      const count = new Set(blocking.map(errorPointer)).size;
      setFailure({
        kind: 'validation',
        message: `Please correct ${count === 1 ? 'the highlighted field' : `the ${count} highlighted fields`} before saving.`,
        fieldErrors: [],
      });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const sent = draftRef.current;
    const oldBase = form.data;
    save.mutate(
      { draft: sent, base: form, part: part ? String(part.index) : undefined, actionId },
      {
        onSuccess: (saved) => {
          const merged = mergeAfterSave({
            oldBase,
            sent,
            current: draftRef.current,
            saved: saved.data,
            savedKeys: part?.keys,
          });
          draftRef.current = merged;
          setDraft(merged);
          validation.reset();
          const action = provider.actions?.find((a) => a.id === actionId);
          setSuccess(action ? action.successMessage : `Saved. Your ${providerLabel} profile is up to date.`);
          const fields = changedKeys(oldBase, sent).filter((key) => !part || part.keys.includes(key));
          onEventRef.current?.({ type: 'saved', provider: provider.id, fields });
        },
        onError: fail,
      },
    );
  };
  const submitRef = useRef(submitNow);
  const renderedDraftRef = useRef(draft);
  // Keep the latest values for callbacks that outlive a render (mutation callbacks, host commands).
  useLayoutEffect(() => {
    draftRef.current = draft;
    onEventRef.current = onEvent;
    submitRef.current = submitNow;
    renderedDraftRef.current = draft;
  });

  useEffect(
    () =>
      commands?.subscribe((command) => {
        if (command === 'save') submit(partOf(selection.current));
        if (command === 'reset') {
          // A fresh object: the form applies data it has not held before (see keep-newer-data).
          setDraft({ ...form.data });
          resetValidation();
          setFailure(undefined);
          setSuccess(undefined);
        }
      }),
    [commands, form.data, partOf, selection, resetValidation],
  );

  const signInAgain = renewCredentials
    ? async () => {
        await renewCredentials();
        setFailure(undefined);
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
  const renderBody = (uischema: UISchemaElement) => (
    <FormView
      schema={form.schema}
      uischema={uischema}
      data={draft}
      errors={validation.visible}
      readOnly={readOnly}
      locale={ctx.locale}
      extraRenderers={provider.renderers}
      countrySources={countrySources}
      onChange={handleChange}
    />
  );
  const saveBar = (part: Part | undefined, label?: string) => (
    <SaveBar
      saveLabel={label ? `Save ${label}` : 'Save'}
      canSave={!readOnly && dirtyIn(part) && !save.isPending}
      saving={save.isPending}
      onSave={() => submit(part)}
      actions={readOnly ? [] : actions}
      onAction={(id) => submit(undefined, id)}
    />
  );
  const header = (form.uischema.options?.header as UISchemaElement[] | undefined) ?? [];

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => e.preventDefault()} onBlur={handleBlur}>
      <EditorMessages form={form} failure={failure} success={success} onSignInAgain={signInAgain} />
      {categories.length > 0 ? (
        <>
          {header.length > 0 && renderBody({ type: 'VerticalLayout', elements: header })}
          <CategoryTabs
            shown={selection.shown}
            current={selection.current}
            onSelect={selection.select}
            renderCategory={(view) => (
              <Stack spacing={2}>
                {typeof view.category.options?.description === 'string' && (
                  <Typography color="text.secondary">{view.category.options.description}</Typography>
                )}
                {renderBody({ type: 'VerticalLayout', elements: view.category.elements })}
                {perCategory && saveBar(partOf(view), view.category.label)}
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
