// Reading and writing form data at JSON pointers ('/address/city', '/occupations/0/code') without mutating it,
// with the same rules as JSON Forms' own updates (undefined removes the key; a numeric segment makes an array).
import type { FormData } from './form-data-type';
import { isPlainObject } from './form-data';

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

export const segmentsOf = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.split('/').slice(1).map(unescape);

/** JSON Forms' dotted data path ('address.city', 'occupations.0.code') as a JSON pointer. */
export const pointerOfPath = (path: string): string =>
  path === ''
    ? ''
    : `/${path
        .split('.')
        .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/')}`;

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of segmentsOf(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

function setIn(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const container: unknown = Array.isArray(node) || isPlainObject(node) ? node : isIndex(head) ? [] : {};
  const child = (container as Record<string, unknown>)[head];
  const next = setIn(child, rest, value);
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    // As JSON Forms' own unset: the entry is emptied, the others keep their places.
    if (next === undefined && rest.length === 0) copy[Number(head)] = undefined;
    else copy[Number(head)] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (next === undefined && rest.length === 0) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** A copy of the data with `value` at the pointer (undefined removes it); the original is left untouched. */
export function setAt(data: FormData, pointer: string, value: unknown): FormData {
  const segments = segmentsOf(pointer);
  if (segments.length === 0) return isPlainObject(value) ? value : {};
  return setIn(data, segments, value) as FormData;
}

/** Whether `pointer` is `scope` itself or lies inside it. */
export const isWithinPointer = (pointer: string, scope: string) =>
  pointer === scope || pointer.startsWith(`${scope}/`);

/** The top-level key a pointer belongs to ('/address/city' → 'address'). */
export const topKeyOf = (pointer: string) => segmentsOf(pointer)[0] ?? '';
