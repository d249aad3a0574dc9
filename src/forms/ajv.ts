// Our one AJV instance: JSON Schema 2020-12 capable, ajv-formats plus our formats, shared with JSON Forms.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isPhoneNumber } from './phone-format';

export function createFormsAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: false,
    addUsedSchema: false,
    $data: true,
  });
  addFormats(ajv);
  // International phone number (+ and country code), checked with libphonenumber's metadata (loaded on demand).
  ajv.addFormat('phone', { type: 'string', validate: isPhoneNumber });
  // Postal codes are checked by the renderer against the chosen country; the format itself accepts any text.
  ajv.addFormat('postal-code', { type: 'string', validate: () => true });
  ajv.addFormat('markdown', { type: 'string', validate: () => true });
  ajv.addFormat('password', { type: 'string', validate: () => true });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: ['string', 'object'] });
  return ajv;
}

export const formsAjv = createFormsAjv();

const compiled = new WeakMap<object, ValidateFunction>();

// Hints may name an older draft (2019-09, draft-07) in `$schema`, which this AJV has no meta-schema for: read
// them as 2020-12 (the keywords forms use mean the same) instead of failing to compile.
function withoutMetaSchema(schema: object): object {
  if (!('$schema' in schema)) return schema;
  const { $schema: _metaSchema, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/** Compiles a schema once (per schema object) and validates data against it. */
export function validateWith(schema: object, data: unknown): ErrorObject[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = formsAjv.compile(withoutMetaSchema(schema));
    compiled.set(schema, validate);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
