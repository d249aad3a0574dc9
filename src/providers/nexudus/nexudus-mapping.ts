// Between Nexudus's customer record and the form: what the form shows, and the PATCH body of only what changed.
import type { FieldSpec } from '../../forms/generator/field-spec';
import type { FormData } from '../types';
import type { NexudusCoworker } from './nexudus-api';
import { nexudusSpec, nullableKeys, PASSWORD_FIELDS } from './nexudus-spec';

const fieldsByKey = new Map<string, FieldSpec>(nexudusSpec.fields.map((field) => [field.path, field]));
export const formKeys: ReadonlySet<string> = new Set(fieldsByKey.keys());
const passwordKeys: ReadonlySet<string> = new Set(PASSWORD_FIELDS);

// Nexudus's own records number genders (eGender); the PATCH contract takes the identifier as a string.
const GENDER_NAMES = ['None', 'NotSet', 'Male', 'Female', 'Other', 'RatherNotSay'];

function shown(key: string, value: unknown): unknown {
  const field = fieldsByKey.get(key);
  if (field?.type === 'boolean') return value === true;
  if (value === null || value === undefined || value === '') return undefined;
  if (key === 'Gender' && typeof value === 'number') return GENDER_NAMES[value] ?? undefined;
  if (field?.type === 'date' && typeof value === 'string') return value.slice(0, 10);
  return value;
}

/** The form's data: the editable fields only; null ("not set") shows as empty, never the passwords. */
export function coworkerToForm(coworker: NexudusCoworker): FormData {
  const data: FormData = {};
  for (const key of formKeys) {
    if (passwordKeys.has(key)) continue;
    const value = shown(key, coworker[key]);
    if (value !== undefined) data[key] = value;
  }
  return data;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';
const normal = (key: string, value: unknown) =>
  typeof value === 'string' && !passwordKeys.has(key) ? value.trim() : value;

/**
 * The PATCH body: only the keys (of `keys`, default all) whose value changed. A cleared field is sent as null
 * where the contract allows null, as '' for the other text fields; a number that cannot be cleared is left out
 * (the form requires it). Passwords go only when one was typed, exactly as typed.
 */
export function profilePatch(
  base: FormData,
  draft: FormData,
  keys: Iterable<string> = formKeys,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of keys) {
    const field = fieldsByKey.get(key);
    if (!field) continue;
    const before = normal(key, base[key]);
    const after = normal(key, draft[key]);
    if (isEmpty(before) && isEmpty(after)) continue;
    if (before === after) continue;
    if (!isEmpty(after)) {
      patch[key] = after;
    } else if (passwordKeys.has(key)) {
      continue;
    } else if (key === 'Gender') {
      // Gender is not nullable: "not set" is its own identifier.
      patch[key] = 'NotSet';
    } else if (nullableKeys.has(key)) {
      patch[key] = null;
    } else if (field.type !== 'integer' && field.type !== 'boolean') {
      patch[key] = '';
    }
  }
  return patch;
}
