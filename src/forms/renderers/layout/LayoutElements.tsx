// The children of a layout, each through JSON Forms' dispatch (what MaterialLayoutRenderer does, without
// MUI's Grid around every element).
import type {
  JsonFormsCellRendererRegistryEntry,
  JsonFormsRendererRegistryEntry,
  JsonSchema,
  UISchemaElement,
} from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';

export interface LayoutElementsProps {
  elements: readonly UISchemaElement[];
  schema: JsonSchema;
  path: string;
  enabled: boolean;
  renderers?: JsonFormsRendererRegistryEntry[] | undefined;
  cells?: JsonFormsCellRendererRegistryEntry[] | undefined;
}

export function LayoutElements({ elements, schema, path, enabled, renderers, cells }: LayoutElementsProps) {
  return elements.map((child, index) => (
    <JsonFormsDispatch
      key={`${path}-${index}`}
      uischema={child}
      schema={schema}
      path={path}
      enabled={enabled}
      renderers={renderers}
      cells={cells}
    />
  ));
}
