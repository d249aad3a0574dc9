// Test support for renderer tests: JSON Forms with our renderer set, holding its own data like the editor does.
import { useState } from 'react';
import type { ErrorObject } from 'ajv';
import { JsonForms } from '@jsonforms/react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { cellSet, rendererSet } from './index';

export interface TestFormProps {
  schema: JsonSchema;
  uischema: UISchemaElement;
  initial?: unknown;
  errors?: ErrorObject[] | undefined;
  onData: (data: unknown) => void;
}

export function TestForm({ schema, uischema, initial = {}, errors = [], onData }: TestFormProps) {
  const [data, setData] = useState<unknown>(initial);
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={rendererSet}
      cells={cellSet}
      validationMode="NoValidation"
      additionalErrors={errors}
      onChange={({ data: next }) => {
        setData(next);
        onData(next);
      }}
    />
  );
}
