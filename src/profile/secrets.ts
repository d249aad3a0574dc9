// Taking secrets (passwords, at JSON pointers) out of form data and putting them back, so that what is kept in
// caches never holds them while the provider's save still receives them.
import type { FormData } from '../providers/types';
import { isPlainObject, withoutSecrets } from '../forms/data/form-data';

export type HeldSecrets = ReadonlyArray<readonly [pointer: string, value: unknown]>;

const segmentsOf = (pointer: string) => pointer.split('/').slice(1);

/** The draft without its secrets, and the secrets beside it. */
export function separateSecrets(data: FormData, secretPaths: readonly string[]): [FormData, HeldSecrets] {
  const held: Array<readonly [string, unknown]> = [];
  for (const pointer of secretPaths) {
    let node: unknown = data;
    for (const segment of segmentsOf(pointer)) node = isPlainObject(node) ? node[segment] : undefined;
    if (node !== undefined) held.push([pointer, node]);
  }
  return [withoutSecrets(data, secretPaths), held];
}

/** A copy of the data with the secrets put back at their pointers. */
export function withSecrets(data: FormData, held: HeldSecrets): FormData {
  if (held.length === 0) return data;
  const copy = structuredClone(data);
  for (const [pointer, value] of held) {
    const segments = segmentsOf(pointer);
    const last = segments.pop();
    let node: Record<string, unknown> = copy;
    for (const segment of segments) {
      if (!isPlainObject(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    if (last !== undefined) node[last] = value;
  }
  return copy;
}
