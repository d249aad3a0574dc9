import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVisible, type UISchemaElement } from '@jsonforms/core';
import { formsAjv, validateWith } from '../ajv';
import { generateForm } from '../generator/generate-form';
import { interpretSchema, matchesUndefined } from './interpret-schema';

afterEach(() => vi.unstubAllGlobals());

const keywords = (schema: object, data: unknown) =>
  validateWith(schema, data).map((e) => `${e.instancePath} ${e.keyword}`);

describe('the interpreting validator', () => {
  it('generates no code: validation, JSON Forms rules and combinators run with Function and eval refused', () => {
    const refuse = () => {
      throw new EvalError('code generation refused (CSP)');
    };
    vi.stubGlobal('Function', refuse);
    vi.stubGlobal('eval', refuse);
    const { schema, uischema } = generateForm({
      fields: [
        { path: 'kind', label: 'Kind', type: 'enum', options: [{ value: 'a', label: 'A' }] },
        { path: 'born', label: 'Born', type: 'date', maxDate: 'today' },
        { path: 'phone', label: 'Phone', type: 'phone', visibleWhen: { field: 'kind', equals: 'a' } },
      ],
    });
    expect(keywords(schema, { kind: 'b', born: '2999-01-01', phone: '0' })).toEqual([
      '/kind oneOf',
      '/kind const',
      '/phone format',
      '/born formatMaximum',
    ]);
    const phone = (uischema as { elements: UISchemaElement[] }).elements[2]!;
    expect(isVisible(phone, { kind: 'a' }, '', formsAjv, undefined)).toBe(true);
    expect(isVisible(phone, { kind: 'b' }, '', formsAjv, undefined)).toBe(false);
    const fitting = formsAjv.compile({ type: 'object', required: ['x'] });
    expect(fitting({})).toBe(false);
    expect(fitting.errors?.map((e) => e.keyword)).toEqual(['required']);
    expect(fitting({ x: 1 })).toBe(true);
    expect(fitting.errors).toBeNull();
  });

  it('gives AJV params and the parent schema (for errorMessage)', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 3, pattern: '^\\D*$', errorMessage: { pattern: 'No digits.' } },
        age: { type: 'integer', minimum: 18 },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 1 },
      },
    };
    const errors = validateWith(schema, { name: 'R2', age: 12.5, tags: ['a', 2] });
    expect(errors.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/name', 'minLength', { limit: 3 }],
      ['/name', 'pattern', { pattern: '^\\D*$' }],
      ['/age', 'type', { type: 'integer' }],
      ['/age', 'minimum', { comparison: '>=', limit: 18 }],
      ['/tags', 'maxItems', { limit: 1 }],
      ['/tags/1', 'type', { type: 'string' }],
    ]);
    expect(errors[1]?.parentSchema).toMatchObject({ errorMessage: { pattern: 'No digits.' } });
    expect(validateWith(schema, {}).map((e) => e.params)).toEqual([{ missingProperty: 'name' }]);
  });

  it('treats properties holding undefined as absent, and escapes pointers', () => {
    const schema = { type: 'object', required: ['a/b'], properties: { 'a/b': { type: 'string' } } };
    expect(validateWith(schema, { 'a/b': undefined }).map((e) => e.params)).toEqual([
      { missingProperty: 'a/b' },
    ]);
    expect(keywords(schema, { 'a/b': 1 })).toEqual(['/a~1b type']);
  });

  it('follows $ref into $defs', () => {
    const schema = {
      $defs: { name: { type: 'string', maxLength: 2 } },
      type: 'object',
      properties: { first: { $ref: '#/$defs/name' } },
    };
    expect(validateWith(schema, { first: 'long' }).map((e) => [e.keyword, e.params])).toEqual([
      ['maxLength', { limit: 2 }],
    ]);
  });

  it('answers rule conditions on a missing value as AJV does', () => {
    expect(matchesUndefined({ const: 'x' })).toBe(false);
    expect(matchesUndefined({ enum: ['x'] })).toBe(false);
    expect(matchesUndefined({ not: { enum: ['x'] } })).toBe(true);
    expect(matchesUndefined({ minLength: 2 })).toBe(true);
    expect(formsAjv.validate({ not: { const: 'x' } }, undefined)).toBe(true);
  });

  it('checks formatMinimum and exclusive limits for dates and date-times, only in the branch that applies', () => {
    const schema = {
      type: 'object',
      properties: {
        from: { type: 'string', format: 'date', formatMinimum: '2020-01-01' },
        at: { type: 'string', format: 'date-time', formatExclusiveMaximum: '2020-01-01T00:00:00Z' },
      },
      if: { properties: { strict: { const: true } }, required: ['strict'] },
      then: { properties: { from: { format: 'date', formatMaximum: '2020-06-30' } } },
    };
    expect(keywords(schema, { from: '2019-12-31', at: '2020-01-01T00:00:00Z' })).toEqual([
      '/from formatMinimum',
      '/at formatExclusiveMaximum',
    ]);
    expect(keywords(schema, { from: '2020-07-01' })).toEqual([]);
    expect(keywords(schema, { from: '2020-07-01', strict: true })).toEqual(['/from formatMaximum']);
  });
});

describe('references the interpreter cannot follow alone', () => {
  const root = {
    definitions: {
      address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
    type: 'object',
    properties: {
      place: {
        anyOf: [
          { $ref: '#/definitions/address' },
          { type: 'string', format: 'date', formatMinimum: '2000-01-01' },
        ],
      },
    },
  };

  it('a branch naming the root definitions is checked with them', () => {
    expect(interpretSchema(root, { place: { city: 'Porto' } })).toEqual([]);
    expect(interpretSchema(root, { place: '1999-01-01' }).length).toBeGreaterThan(0);
  });

  it('a reference to nowhere is an error saying so, never a throw', () => {
    const broken = { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } };
    const errors = interpretSchema(broken, { a: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/cannot be checked/);
  });
});
