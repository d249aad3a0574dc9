// JSON Forms with our AJV and renderer set. Validation is ours (use-form-validation), so JSON Forms does not
// re-validate on every change; its errors come in as `additionalErrors`.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ErrorObject } from 'ajv';
import { JsonForms } from '@jsonforms/react';
import type { JsonFormsRendererRegistryEntry, JsonSchema, UISchemaElement } from '@jsonforms/core';
import { formsAjv } from '../forms/ajv';
import { createKeepNewerData } from '../forms/keep-newer-data';
import { cellSet, rendererSet } from '../forms/renderers';
import type { CountrySource } from '../forms/renderers/country/country-option';
import { CountrySourcesProvider } from '../forms/renderers/country/country-sources';
import type { FormData } from '../providers/types';

export interface FormViewProps {
  schema: JsonSchema;
  uischema: UISchemaElement;
  data: FormData;
  errors: ErrorObject[];
  readOnly: boolean;
  locale: string;
  /** Renderers ranked above the shared set (a provider's own). */
  extraRenderers?: readonly JsonFormsRendererRegistryEntry[] | undefined;
  countrySources?: Record<string, CountrySource> | undefined;
  /** Render long layouts in chunks (default); false renders everything at once. */
  progressive?: boolean;
  onChange: (data: FormData) => void;
}

const NO_SOURCES: Record<string, CountrySource> = {};

export const FormView = memo(function FormView(props: FormViewProps) {
  const { schema, uischema, data, errors, readOnly, locale, extraRenderers, countrySources, onChange } =
    props;
  const renderers = useMemo(() => [...(extraRenderers ?? []), ...rendererSet], [extraRenderers]);
  const i18n = useMemo(() => ({ locale }), [locale]);
  const [middleware] = useState(createKeepNewerData);
  const progressive = props.progressive ?? true;
  const config = useMemo(() => ({ progressive }), [progressive]);
  // JSON Forms emits the data it was given (on mount, after a new prop) 10 ms later: that echo is not an edit,
  // and it may arrive after a newer draft (another category's commit), which it must not overwrite.
  const given = useRef(new WeakSet<object>());
  useLayoutEffect(() => {
    const held: unknown = data;
    if (typeof held === 'object' && held !== null) given.current.add(held);
  }, [data]);
  return (
    <CountrySourcesProvider value={countrySources ?? NO_SOURCES}>
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={data}
        renderers={renderers}
        cells={cellSet}
        ajv={formsAjv}
        validationMode="NoValidation"
        additionalErrors={errors}
        readonly={readOnly}
        i18n={i18n}
        middleware={middleware}
        config={config}
        onChange={({ data }: { data: unknown }) => {
          const echo = typeof data === 'object' && data !== null && given.current.has(data);
          if (!echo) onChange(data as FormData);
        }}
      />
    </CountrySourcesProvider>
  );
});
