// The multi-choice control takes arrays whose items are a closed list: `items.oneOf` of `{ const, title }` or
// `items.enum` (ranked above JSON Forms' enum-array renderer, which does not link its messages to the field).
import {
  and,
  hasType,
  rankWith,
  resolveSchema,
  schemaMatches,
  schemaSubPathMatches,
  uiTypeIs,
  type JsonSchema,
} from '@jsonforms/core';

export const MULTI_CHOICE_CONTROL_RANK = 6;

export interface MultiChoiceOption {
  value: string | number;
  label: string;
}

/** The closed list of values an array's items schema allows, or undefined when the list is open. */
export function itemChoices(
  items: JsonSchema | undefined,
  rootSchema: JsonSchema,
): MultiChoiceOption[] | undefined {
  if (!items || Array.isArray(items)) return undefined;
  const resolved = items.$ref ? resolveSchema(rootSchema, items.$ref, rootSchema) : items;
  if (!resolved) return undefined;
  const oneOf = resolved.oneOf ?? resolved.anyOf;
  if (Array.isArray(oneOf) && oneOf.length > 0 && oneOf.every((entry) => entry.const !== undefined)) {
    return oneOf.map((entry) => ({
      value: entry.const as string | number,
      label: entry.title ?? String(entry.const),
    }));
  }
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) {
    return resolved.enum.map((value) => ({ value: value as string | number, label: String(value) }));
  }
  return undefined;
}

export const multiChoiceControlTester = rankWith(
  MULTI_CHOICE_CONTROL_RANK,
  and(
    uiTypeIs('Control'),
    schemaMatches((schema) => hasType(schema, 'array') && !Array.isArray(schema.items)),
    schemaSubPathMatches('items', (items, rootSchema) => itemChoices(items, rootSchema) !== undefined),
  ),
);
