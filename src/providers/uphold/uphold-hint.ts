// A process's hint (a JSON Forms schema + uiSchema sent by Uphold) as the editor's form: checked on arrival,
// rendered as sent, with the categories already answered marked complete and new questions named.
import type { Categorization, Category, ControlElement, JsonSchema, UISchemaElement } from '@jsonforms/core';
import { validateWith } from '../../forms/ajv';
import { errorPointer } from '../../forms/validation/validate-form';
import { controlsOf, pointerOfScope, resolveSchema } from '../../forms/validation/uischema-walk';
import type { FormData } from '../types';
import { parseHint } from './uphold-schemas';
import type { ProfileHint } from './uphold-types';

export class InvalidHintError extends Error {
  constructor(reason: string) {
    super(`Uphold sent a form that cannot be shown (${reason}).`);
    this.name = 'InvalidHintError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the parts of a hint the editor relies on; everything else is passed to JSON Forms as sent. */
export function readHint(value: unknown): ProfileHint {
  if (value === undefined) throw new InvalidHintError('it has no questions in it');
  if (!isObject(value)) throw new InvalidHintError('the hint is not an object');
  if (value.type !== 'form') throw new InvalidHintError(`unknown hint type "${String(value.type)}"`);
  if (!isObject(value.schema)) throw new InvalidHintError('it has no schema');
  if (!isObject(value.uiSchema) || typeof value.uiSchema.type !== 'string') {
    throw new InvalidHintError('it has no uiSchema');
  }
  return parseHint(value);
}

/** The categories of a Categorization in the order the editor numbers them (nested ones flattened). */
export function categoriesOf(uischema: UISchemaElement): Category[] {
  if (uischema.type !== 'Categorization') return [];
  return ((uischema as Categorization).elements ?? []).flatMap((element) =>
    element.type === 'Category' ? [element] : categoriesOf(element),
  );
}

const topKey = (scope: string) => pointerOfScope(scope).split('/')[1] ?? '';

/** The top-level data keys a layout's controls write to (a category is normally one key: `details`). */
export function keysOf(uischema: UISchemaElement): string[] {
  return [...new Set(controlsOf(uischema).map((control) => topKey(control.scope)))].filter(Boolean);
}

/** The keys saved by one category (`part` is its index, as the editor sends it). */
export function categoryKeys(uischema: UISchemaElement, part: string): string[] {
  const category = categoriesOf(uischema)[Number(part)];
  if (!category) throw new Error(`The form has no section number ${Number(part) + 1}.`);
  return keysOf(category);
}

const schemaProperties = (schema: JsonSchema): Record<string, JsonSchema> =>
  isObject((schema as { properties?: unknown }).properties)
    ? ((schema as { properties: Record<string, JsonSchema> }).properties ?? {})
    : {};

/**
 * Empty objects for required nested objects that have no data yet, so their own required fields are reported on
 * those fields (AJV would otherwise only say "birthplace is missing", which no control shows).
 */
export function withRequiredObjects(schema: JsonSchema, data: unknown): FormData {
  const fill = (node: JsonSchema, value: unknown): unknown => {
    if (!isObject(value)) return value;
    const copy: Record<string, unknown> = { ...value };
    const required = (node as { required?: unknown }).required;
    for (const [key, child] of Object.entries(schemaProperties(node))) {
      const isObjectSchema = (child as { type?: unknown }).type === 'object';
      if (copy[key] === undefined && isObjectSchema && Array.isArray(required) && required.includes(key)) {
        copy[key] = {};
      }
      if (isObject(copy[key])) copy[key] = fill(child, copy[key]);
    }
    return copy;
  };
  return fill(schema, isObject(data) ? data : {}) as FormData;
}

/** Whether a category's answers are all there and valid against the hint's schema. */
export function isCategoryComplete(schema: JsonSchema, category: Category, data: FormData): boolean {
  const keys = keysOf(category);
  if (keys.length === 0 || keys.some((key) => data[key] === undefined)) return false;
  const errors = validateWith(schema, data);
  return !errors.some((error) => keys.some((key) => errorPointer(error).startsWith(`/${key}`)));
}

/** The uiSchema with `options.status: 'complete'` on every category already answered (shown on its tab). */
export function markCompleteCategories(
  uischema: UISchemaElement,
  schema: JsonSchema,
  data: FormData,
): UISchemaElement {
  if (uischema.type !== 'Categorization') return uischema;
  const mark = (element: UISchemaElement): UISchemaElement => {
    if (element.type === 'Category') {
      const complete = isCategoryComplete(schema, element as Category, data);
      return complete ? { ...element, options: { ...element.options, status: 'complete' } } : element;
    }
    if (element.type === 'Categorization') {
      return { ...element, elements: (element as Categorization).elements.map(mark) };
    }
    return element;
  };
  return mark(uischema);
}

function questionLabel(control: ControlElement, schema: JsonSchema): string {
  if (typeof control.label === 'string' && control.label.trim()) return control.label;
  const title = resolveSchema(schema, control.scope)?.title;
  return title ?? pointerOfScope(control.scope).split('/').pop() ?? control.scope;
}

export interface HintChanges {
  /** The same schema and uiSchema as before: Uphold has no further questions for now. */
  unchanged: boolean;
  /** Labels of questions (controls) and sections (categories) that were not there before. */
  added: string[];
}

/** Progressive disclosure: what a new hint adds to the previous one. */
export function compareHints(previous: ProfileHint, next: ProfileHint): HintChanges {
  const unchanged =
    JSON.stringify(previous.schema) === JSON.stringify(next.schema) &&
    JSON.stringify(previous.uiSchema) === JSON.stringify(next.uiSchema);
  const oldScopes = new Set(controlsOf(previous.uiSchema).map((c) => c.scope));
  const oldCategories = new Set(categoriesOf(previous.uiSchema).map((c) => c.label));
  const newCategories = categoriesOf(next.uiSchema).filter((c) => !oldCategories.has(c.label));
  const inNewCategories = new Set(
    newCategories.flatMap((c) => controlsOf(c).map((control) => control.scope)),
  );
  const newControls = controlsOf(next.uiSchema).filter(
    (c) => !oldScopes.has(c.scope) && !inNewCategories.has(c.scope),
  );
  return {
    unchanged,
    added: [...newCategories.map((c) => c.label), ...newControls.map((c) => questionLabel(c, next.schema))],
  };
}

/** What is sent for a value: empty text, empty objects and unset values are left out. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact).filter((v) => v !== undefined);
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, compact(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === '' || value === undefined) return undefined;
  return typeof value === 'string' ? value.trim() || undefined : value;
}
