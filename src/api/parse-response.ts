// Parsing a provider's answer at the edge: the body is `unknown` until a valibot schema has checked it, and a body
// that is not as documented becomes one clear ApiError naming the provider, what was read and the field.
import * as v from 'valibot';
import { ApiError } from './api-error';
import type { HttpResponse } from './http';

type AnySchema = v.GenericSchema<unknown, unknown>;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : value === undefined ? 'nothing' : typeof value;

/** "field "address.city" must be string, not number" for the first issue of a failed parse. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path ? `the field "${path}"` : 'the answer';
  const expected = issue.expected ? ` must be ${issue.expected.replace(/"/g, "'")}` : ' is not valid';
  return `${where}${expected} (found ${kindOf(issue.input)})`;
}

/**
 * The response's data parsed by the schema, or an ApiError (kind `parse`) such as: `Camunda sent a profile the
 * editor cannot read: the field "firstName" must be string | null (found number).`
 */
export function parseResponse<S extends AnySchema>(
  schema: S,
  response: Pick<HttpResponse, 'data' | 'status' | 'headers'>,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, response.data);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ApiError({
    kind: 'parse',
    status: response.status,
    headers: response.headers,
    message: `${what} the editor cannot read: ${issue ? describeIssue(issue) : 'unexpected shape'}.`,
  });
}
