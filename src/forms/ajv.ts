// Our one validator, shared with JSON Forms: JSON Schema 2020-12 interpreted (never compiled into code, so the
// app runs under a CSP without 'unsafe-eval'), with our formats. JSON Forms takes an AJV instance (its rules call
// `validate`, its combinators `compile`): it gets one whose two methods interpret instead of generating code.
import Ajv, { type ErrorObject } from 'ajv';
import { interpretSchema } from './validation/interpret-schema';
import './validation/formats';
import './validation/phone-format';

/** Validates data against a schema (interpreted; prepared once per schema object). */
export function validateWith(schema: object, data: unknown): ErrorObject[] {
  return interpretSchema(schema, data);
}

const schemaOf = (schema: unknown): object | boolean =>
  typeof schema === 'boolean' || (typeof schema === 'object' && schema !== null) ? schema : false;

/** The interpreted check of a schema as AJV's compiled function: call it, then read `errors`. */
function interpretedFunction(schema: unknown) {
  const state: { errors: ErrorObject[] | null; schema: unknown } = { errors: null, schema };
  const check = Object.assign((data: unknown): boolean => {
    const errors = interpretSchema(schemaOf(schema), data);
    check.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }, state);
  return check;
}

/**
 * The AJV instance JSON Forms receives. Constructed without meta-schemas or schema validation (which would
 * compile code); `validate` and `compile` are replaced by the interpreter.
 */
export const formsAjv = Object.assign(
  new Ajv({ meta: false, validateSchema: false, strict: false, addUsedSchema: false }),
  {
    validate: (schema: unknown, data: unknown): boolean =>
      interpretSchema(schemaOf(schema), data).length === 0,
    compile: interpretedFunction,
  },
);
