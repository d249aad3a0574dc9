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
import { errorsKey, validateDraft, visibleErrors } from './editor-validation';
import type { FormEdit } from './FormView';

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
  const errors = useMemo(
    () => validateDraft({ schema, uischema, base: state.base, draft: state.draft, validators }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- formatVersion: the checks themselves changed
    [schema, uischema, state.base, state.draft, validators, formatVersion],
  );
  // The same errors keep the same array, so JSON Forms is not updated (and every control re-mapped) per keystroke.
  const shownNow = visibleErrors({
    errors,
    touched: state.touched,
    showAll: state.showAllErrors,
    serverErrors: state.serverErrors,
  });
  const [shown, setShown] = useState(shownNow);
  const visible = errorsKey(shownNow) === errorsKey(shown) ? shown : shownNow;
  if (visible !== shown) setShown(visible);

  const dirtyPointers = useMemo(() => dirtyPointersOf(state), [state]);
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
    visibleErrors: visible,
    dirty: dirtyPointers.length > 0,
    dirtyIn,
  };
}
