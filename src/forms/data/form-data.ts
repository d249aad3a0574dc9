// Pure helpers over form data: deep equality, removing secrets, the changed top-level keys and leaves.
import type { FormData } from './form-data-type';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality where an absent key, undefined and '' all mean "empty". */
export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === '' || v === null;
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** Top-level keys whose values differ between two forms' data. */
export function changedKeys(before: FormData, after: FormData): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !sameValue(before[key], after[key]));
}

/** A copy without the values at the given JSON pointers (passwords must never be cached or stored). */
export function withoutSecrets(data: FormData, secretPaths: readonly string[] = []): FormData {
  if (secretPaths.length === 0) return data;
  const copy = structuredClone(data);
  for (const pointer of secretPaths) {
    const segments = pointer.split('/').slice(1);
    const last = segments.pop();
    let node: unknown = copy;
    for (const segment of segments) node = isPlainObject(node) ? node[segment] : undefined;
    if (last !== undefined && isPlainObject(node)) delete node[last];
  }
  return copy;
}

/** JSON pointers of the leaves that differ between two values ('/address/city', '/occupations/0'). */
export function changedPointers(before: unknown, after: unknown, prefix = ''): string[] {
  if (sameValue(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPointers(before[key], after[key], `${prefix}/${key}`));
  }
  return [prefix];
}
