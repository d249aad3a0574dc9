// Evaluates a spec's conditions against data, the same way the generated rules do: which fields exist now.
import type { Condition, FieldSpec, FormSpec } from './field-spec';

function valueAtPath(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Whether a condition holds; an absent value fails `equals`/`oneOf` and passes `notOneOf` (as the rules do). */
export function conditionHolds(condition: Condition, data: unknown): boolean {
  const value = valueAtPath(data, condition.field) as string | number | boolean | undefined;
  if ('equals' in condition) return value !== undefined && value === condition.equals;
  if ('oneOf' in condition) return value !== undefined && condition.oneOf.includes(value);
  return value === undefined || !condition.notOneOf.includes(value);
}

/** Whether a field is shown for this data: its own condition and its section's both hold. */
export function isFieldVisible(spec: FormSpec, field: FieldSpec, data: unknown): boolean {
  const section = spec.sections?.find((s) => s.id === field.section);
  if (section?.visibleWhen && !conditionHolds(section.visibleWhen, data)) return false;
  return !field.visibleWhen || conditionHolds(field.visibleWhen, data);
}

/** The fields of a spec that exist for this data (hidden ones are left out). */
export const visibleFields = (spec: FormSpec, data: unknown): FieldSpec[] =>
  spec.fields.filter((field) => isFieldVisible(spec, field, data));
