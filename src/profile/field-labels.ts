// Names and readable values of fields, for messages about a field outside it (conflicts).
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { controlsOf, pointerOfScope, resolveSchema } from '../forms/validation/uischema-walk';
import { segmentsOf } from '../forms/data/data-paths';
import { editorText } from './editor-text';

const words = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** The label the form shows for the field at `pointer` (its control's label, schema title, or its key). */
export function fieldLabel(schema: JsonSchema, uischema: UISchemaElement, pointer: string): string {
  const control = controlsOf(uischema).find((c) => pointerOfScope(c.scope) === pointer);
  if (control && typeof control.label === 'string') return control.label;
  const title = control ? resolveSchema(schema, control.scope)?.title : undefined;
  if (title) return title;
  return words(segmentsOf(pointer).at(-1) ?? pointer);
}

/** A value as a person reads it: text as is, lists joined, nothing as "(empty)". */
export function readableValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return editorText.empty;
  if (typeof value === 'boolean') return value ? editorText.yes : editorText.no;
  if (Array.isArray(value))
    return value.length === 0 ? editorText.empty : value.map(readableValue).join(', ');
  if (typeof value === 'object') return Object.values(value).map(readableValue).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
