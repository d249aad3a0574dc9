// The form half of the editor, usable on its own (the benchmark page, the renderer test harness): the store that
// owns base, draft and touched fields, the inputs' registry, and which errors block, flag or show.
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { formatChecks } from '../forms/validation/formats';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { createInputRegistry } from '../forms/renderers/input-registry';
import type { ControlValidator } from '../forms/validation/control-validator';
import type { FormData } from '../providers/types';
import { pointerOfPath, segmentsOf } from '../forms/data/data-paths';
import { dirtyPointersOf, type EditorState } from './editor-state';
import { createEditorStore, useEditorState } from './editor-store';
import { errorsKey, validateDraft, visibleErrors, type ClassifiedErrors } from './editor-validation';
import type { FormEdit } from './FormView';

type ClassifyArgs = Parameters<typeof validateDraft>[0] & { version: unknown };

// The last classification of each draft, kept for a Save: it asks about the values on screen, already checked while
// rendering them (validating the whole form again inside the click would delay "Saving…"). Keyed by the draft
// object (drafts are immutable), so a dropped draft frees its entry.
const classified = new WeakMap<object, { args: ClassifyArgs; errors: ClassifiedErrors }>();

function classifyOnce(args: ClassifyArgs): ClassifiedErrors {
  // A form whose root is not an object (a JSON Forms example with a string schema) is not remembered.
  const { draft } = args;
  if (typeof draft !== 'object' || draft === null) return validateDraft(args);
  const last = classified.get(draft);
  const same =
    last !== undefined &&
    (Object.keys(args) as (keyof ClassifyArgs)[]).every((key) => Object.is(last.args[key], args[key]));
  if (same) return last.errors;
  const errors = validateDraft(args);
  classified.set(draft, { args, errors });
  return errors;
}

export function useFormState(args: {
  schema: JsonSchema;
  uischema: UISchemaElement;
  validators: readonly ControlValidator[] | undefined;
  /** The state the store starts from (read once). */
  initial: () => EditorState;
}) {
  const { schema, uischema, validators } = args;
  const [store] = useState(() => createEditorStore(args.initial()));
  const state = useEditorState(store);
  const [inputs] = useState(() =>
    createInputRegistry((path) => store.dispatch({ type: 'touch', pointers: [pointerOfPath(path)] })),
  );
  const onEdit = useCallback(
    (edit: FormEdit): FormData =>
      store.dispatch({ type: 'edit', pointer: edit.pointer, update: edit.update }).draft,
    [store],
  );
  // A format check that arrives later (the phone library) re-validates what is on screen.
  const formatVersion = useSyncExternalStore(formatChecks.subscribe, formatChecks.version);
  const classify = useCallback(
    (base: FormData, draft: FormData): ClassifiedErrors =>
      classifyOnce({ schema, uischema, validators, base, draft, version: formatChecks.version() }),
    [schema, uischema, validators],
  );
  const errors = useMemo(
    () => classify(state.base, state.draft),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- formatVersion: the checks themselves changed
    [classify, state.base, state.draft, formatVersion],
  );
  // The same errors keep the same array, so JSON Forms is not updated (and every control re-mapped) per keystroke.
  const { touched, showAllErrors: showAll, serverErrors } = state;
  const shownNow = useMemo(
    () => visibleErrors({ errors, touched, showAll, serverErrors }),
    [errors, touched, showAll, serverErrors],
  );
  const [shown, setShown] = useState(shownNow);
  const visible = errorsKey(shownNow) === errorsKey(shown) ? shown : shownNow;
  if (visible !== shown) setShown(visible);

  // The values, not the whole state: a save's progress changes the state, not what is unsaved.
  const { base, draft } = state;
  const dirtyPointers = useMemo(() => dirtyPointersOf({ base, draft }), [base, draft]);
  const dirtyIn = useCallback(
    (keys: readonly string[] | undefined) =>
      keys ? dirtyPointers.some((p) => keys.includes(segmentsOf(p)[0] ?? '')) : dirtyPointers.length > 0,
    [dirtyPointers],
  );
  return {
    store,
    state,
    inputs,
    onEdit,
    errors,
    /** The errors of these values (the last answer again when nothing changed since). */
    classify,
    visibleErrors: visible,
    dirty: dirtyPointers.length > 0,
    dirtyIn,
  };
}
