// JSON Forms with our AJV and renderer set, reporting every edit the moment a control makes it. Validation is ours
// (editor-validation), so JSON Forms does not re-validate on every change; its errors come in as `additionalErrors`.
// Edits are taken from JSON Forms' dispatch (not its debounced onChange), so the editor's draft never lags behind.
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ErrorObject } from 'ajv';
import { FormLocaleContext } from '../forms/form-locale';
import { JsonFormsContext, JsonFormsDispatch, JsonFormsStateProvider, useJsonForms } from '@jsonforms/react';
import {
  UPDATE_DATA,
  type CoreActions,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import { formsAjv } from '../forms/ajv';
import { jsonFormsI18n } from '../forms/json-forms-i18n';
import { createKeepNewerData } from '../forms/keep-newer-data';
import { cellSet, rendererSet } from '../forms/renderers';
import type { CountrySource } from '../forms/renderers/country/country-option';
import { CountrySourcesProvider } from '../forms/renderers/country/country-sources';
import { InputRegistryContext, type InputRegistry } from '../forms/renderers/input-registry';
import type { FormData } from '../providers/types';
import { pointerOfPath } from '../forms/data/data-paths';

/** One change a control made: the value at `pointer` becomes `update(previous)`. */
export interface FormEdit {
  pointer: string;
  update: (previous: unknown) => unknown;
}

export interface FormViewProps {
  schema: JsonSchema;
  uischema: UISchemaElement;
  /** The editor's draft. A new object from outside (reset, restore, server answer) is applied to the form. */
  data: FormData;
  errors: ErrorObject[];
  readOnly: boolean;
  locale: string;
  /** Renderers ranked above the shared set (a provider's own). */
  extraRenderers?: readonly JsonFormsRendererRegistryEntry[] | undefined;
  countrySources?: Record<string, CountrySource> | undefined;
  /** Render long layouts in chunks (default); false renders everything at once. */
  progressive?: boolean;
  /** Where inputs register their flush (the editor's); without it controls work on their own. */
  inputs?: InputRegistry | undefined;
  /** Applies an edit to the draft, synchronously, and returns the new draft. */
  onEdit: (edit: FormEdit) => FormData;
}

const NO_SOURCES: Record<string, CountrySource> = {};

export const FormView = memo(function FormView(props: FormViewProps) {
  const { schema, uischema, data, errors, readOnly, locale, extraRenderers, countrySources, onEdit } = props;
  const renderers = useMemo(() => [...(extraRenderers ?? []), ...rendererSet], [extraRenderers]);
  // The locale, JSON Forms' own texts and our validation messages in it (src/forms/json-forms-i18n).
  const i18n = jsonFormsI18n(locale);
  const [middleware] = useState(createKeepNewerData);
  const progressive = props.progressive ?? true;
  const config = useMemo(() => ({ progressive }), [progressive]);
  const applyEdit = useCallback(
    (edit: FormEdit) => {
      // The draft built from this form's own edit is what JSON Forms already holds: never apply it again.
      middleware.hold(onEdit(edit));
    },
    [middleware, onEdit],
  );
  return (
    <CountrySourcesProvider value={countrySources ?? NO_SOURCES}>
      <InputRegistryContext.Provider value={props.inputs}>
        <JsonFormsStateProvider
          initState={{
            core: {
              ajv: formsAjv,
              data,
              schema,
              uischema,
              validationMode: 'NoValidation',
              additionalErrors: errors,
            },
            config,
            renderers,
            cells: cellSet,
            readonly: readOnly,
            i18n,
          }}
          middleware={middleware}
        >
          <EditTap onEdit={applyEdit}>
            <FormLocaleContext.Provider value={locale}>
              <JsonFormsDispatch />
            </FormLocaleContext.Provider>
          </EditTap>
        </JsonFormsStateProvider>
      </InputRegistryContext.Provider>
    </CountrySourcesProvider>
  );
});

/** Passes every data update on to JSON Forms and, at the same moment, to the editor. */
function EditTap({ onEdit, children }: { onEdit: (edit: FormEdit) => void; children: ReactNode }) {
  const context = useJsonForms();
  const { dispatch } = context;
  const tapped = useCallback(
    (action: CoreActions) => {
      dispatch?.(action);
      if (action.type === UPDATE_DATA) {
        onEdit({
          pointer: pointerOfPath(action.path),
          update: (previous: unknown): unknown => action.updater(previous),
        });
      }
    },
    [dispatch, onEdit],
  );
  const value = useMemo(() => ({ ...context, dispatch: tapped }), [context, tapped]);
  return <JsonFormsContext.Provider value={value}>{children}</JsonFormsContext.Provider>;
}
