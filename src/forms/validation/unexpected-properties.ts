// Answers the schema does not allow (`additionalProperties: false`, `unevaluatedProperties: false`): AJV reports
// them at the parent object; we report them at the property itself, under a keyword JSON Forms does not drop,
// and not again where the same field already has an error (a failed oneOf branch leaves its properties
// "unevaluated").
import type { ErrorObject } from 'ajv';

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
