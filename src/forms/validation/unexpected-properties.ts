// Answers the schema does not allow (`additionalProperties: false`, `unevaluatedProperties: false`): AJV reports
// them at the parent object; we report them at the property itself, under a keyword JSON Forms does not drop,
// and not again where the same field already has an error (a failed oneOf branch leaves its properties
// "unevaluated"). `withoutUnexpectedProperties` drops such answers, e.g. before a save.
import type { ErrorObject } from 'ajv';
import { validateWith } from '../ajv';

export const UNEXPECTED_KEYWORD = 'unexpectedProperty';

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function unexpectedProperty(error: ErrorObject): string | undefined {
  const params = error.params as { additionalProperty?: unknown; unevaluatedProperty?: unknown };
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return params.additionalProperty;
  }
  if (error.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string') {
    return params.unevaluatedProperty;
  }
  return undefined;
}

export function withUnexpectedOnTheirFields(errors: ErrorObject[]): ErrorObject[] {
  const others = errors.filter((error) => unexpectedProperty(error) === undefined);
  const taken = new Set(others.map((error) => error.instancePath));
  const moved = errors.flatMap((error) => {
    const property = unexpectedProperty(error);
    if (property === undefined) return [];
    const instancePath = `${error.instancePath}/${escape(property)}`;
    if (taken.has(instancePath) || [...taken].some((path) => path.startsWith(`${instancePath}/`))) return [];
    taken.add(instancePath);
    return [{ ...error, instancePath, keyword: UNEXPECTED_KEYWORD, params: { property } }];
  });
  return [...others, ...moved];
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function removeAt(data: unknown, pointer: string, property: string): boolean {
  let node = data;
  for (const segment of pointer.split('/').slice(1).map(unescape)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object' || !(property in node)) return false;
  delete (node as Record<string, unknown>)[property];
  return true;
}

/** A copy of the data without the answers the schema does not allow (the input is not changed). */
export function withoutUnexpectedProperties<T>(schema: object, data: T): T {
  const copy = structuredClone(data);
  // Removing a property can make others unevaluated (or evaluated); a few passes settle it.
  for (let pass = 0; pass < 5; pass += 1) {
    let removed = false;
    for (const error of validateWith(schema, copy)) {
      const property = unexpectedProperty(error);
      if (property !== undefined && removeAt(copy, error.instancePath, property)) removed = true;
    }
    if (!removed) break;
  }
  return copy;
}
