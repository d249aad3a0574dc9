// Our one validator, shared with JSON Forms: JSON Schema 2020-12 interpreted (never compiled into code, so the
// app runs under a CSP without 'unsafe-eval'), with our formats. JSON Forms takes an AJV instance (its rules call
// `validate`, its combinators `compile`): it gets one whose two methods interpret instead of generating code. In the
// built app `ajv` itself is the interpreting stand-in (src/forms/validation/ajv-stand-in.ts).
import Ajv, { type ErrorObject } from 'ajv';
import { interpretSchema } from './validation/interpret-schema';
import { interpretedFunction, interpretedValidate } from './validation/interpreted-check';
import './validation/formats';
import './validation/phone-format';

/** Validates data against a schema (interpreted; prepared once per schema object). */
export function validateWith(schema: object, data: unknown): ErrorObject[] {
  return interpretSchema(schema, data);
}

/**
 * The AJV instance JSON Forms receives. Constructed without meta-schemas or schema validation (which would
 * compile code); `validate` and `compile` are replaced by the interpreter.
 */
export const formsAjv = Object.assign(
  new Ajv({ meta: false, validateSchema: false, strict: false, addUsedSchema: false }),
  {
    validate: interpretedValidate,
    compile: interpretedFunction,
  },
);
