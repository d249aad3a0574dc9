// Test support for renderer tests: a JSON Forms form rendered through the editor's own path (FormView, the
// editor store, the inputs' registry), so a test sees every edit the moment a control makes it, exactly as a
// save would. `onData` is called synchronously with the new draft; `flushRef` commits what inputs hold.
import { useEffect, type RefObject } from 'react';
import type { ErrorObject } from 'ajv';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import type { CountrySource } from '../forms/renderers/country/country-option';
import type { ControlValidator } from '../forms/validation/control-validator';
import { initialEditorState } from '../profile/editor-state';
import { FormView } from '../profile/FormView';
import { useFormState } from '../profile/use-form-state';
import type { FormData } from '../providers/types';

export interface FormHarnessProps {
  schema: JsonSchema;
  uischema: UISchemaElement;
  initial?: FormData;
  /** Errors to show; without them, the editor's own validation (with `validate`) or none. */
  errors?: ErrorObject[] | undefined;
  /** Show the editor's own validation (touched fields, as in the app). */
  validate?: boolean;
  validators?: readonly ControlValidator[];
  countrySources?: Record<string, CountrySource>;
  onData?: (data: FormData) => void;
  /** Receives a function that flushes every input (what Save does first). */
  flushRef?: RefObject<(() => void) | null>;
  /** The form's language (JSON Forms' i18n locale), en-GB unless given. */
  locale?: string;
}

export function FormHarness(props: FormHarnessProps) {
  const {
    schema,
    uischema,
    initial = {},
    errors,
    validate = false,
    validators,
    onData,
    flushRef,
    countrySources,
    locale = 'en-GB',
  } = props;
  const editor = useFormState({
    schema,
    uischema,
    validators,
    initial: () => initialEditorState(initial),
  });
  const { store, inputs } = editor;
  useEffect(() => store.subscribe(() => onData?.(store.getState().draft)), [store, onData]);
  useEffect(() => {
    if (flushRef) flushRef.current = inputs.flushAll;
  }, [flushRef, inputs]);
  return (
    <FormView
      schema={schema}
      uischema={uischema}
      data={editor.state.draft}
      errors={errors ?? (validate ? editor.visibleErrors : [])}
      readOnly={false}
      locale={locale}
      progressive={false}
      countrySources={countrySources}
      inputs={inputs}
      onEdit={editor.onEdit}
    />
  );
}
