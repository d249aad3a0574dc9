import { describe, expect, it } from 'vitest';
import InterpretingAjv from './ajv-stand-in';
import addFormats from './ajv-formats-stand-in';

const schema = {
  type: 'object',
  properties: { email: { type: 'string', format: 'email' }, age: { type: 'integer', minimum: 18 } },
  required: ['email'],
};

describe('the built app’s AJV stand-in', () => {
  it('answers validate as AJV does, through the interpreter', () => {
    const ajv = addFormats(new InterpretingAjv({ allErrors: true }));
    expect(ajv.validate(schema, { email: 'a@example.com', age: 30 })).toBe(true);
    expect(ajv.validate(schema, { email: 'not an address' })).toBe(false);
    expect(ajv.validate(schema, { age: 30 })).toBe(false);
  });

  it('compiles to a function that leaves AJV-shaped errors behind', () => {
    const check = new InterpretingAjv().compile(schema);
    expect(check({ email: 'a@example.com', age: 12 })).toBe(false);
    expect(check.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/age minimum']);
    expect(check({ email: 'a@example.com' })).toBe(true);
    expect(check.errors).toBeNull();
  });
});
