// What a provider does to text it stores (surrounding spaces go), used to compare what was sent with a re-read.
import type { FormData } from './form-data-type';
import { isPlainObject } from './form-data';

const trimmed = (value: unknown): unknown => {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
};

/** The data with every text trimmed. */
export const trimmedText = (data: FormData): FormData => trimmed(data) as FormData;
