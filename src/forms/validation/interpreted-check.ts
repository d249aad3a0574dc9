// AJV's two validating methods (`validate`, and `compile` returning a function that leaves `errors` behind) done
// by our schema interpreter, for JSON Forms (rules, combinators) and the built app's stand-in for AJV.
import type { ErrorObject } from 'ajv';
import { interpretSchema } from './interpret-schema';

const schemaOf = (schema: unknown): object | boolean =>
  typeof schema === 'boolean' || (typeof schema === 'object' && schema !== null) ? schema : false;

/** Whether data is valid against a schema, as `ajv.validate` answers. */
export const interpretedValidate = (schema: unknown, data: unknown): boolean =>
  interpretSchema(schemaOf(schema), data).length === 0;

/** The interpreted check of a schema as AJV's compiled function: call it, then read `errors`. */
export function interpretedFunction(schema: unknown) {
  const state: { errors: ErrorObject[] | null; schema: unknown } = { errors: null, schema };
  const check = Object.assign((data: unknown): boolean => {
    const errors = interpretSchema(schemaOf(schema), data);
    check.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }, state);
  return check;
}
