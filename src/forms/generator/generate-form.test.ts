import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { validateWith } from '../ajv';
import type { FormSpec } from './field-spec';
import { generateForm } from './generate-form';

/** A small user profile spec (the generator knows no provider: its tests bring their own specs). */
const userSpec: FormSpec = {
  fields: [
    { path: 'id', label: 'User id', type: 'text', readOnly: 'The user id cannot be changed.' },
    {
      path: 'firstName',
      label: 'First name',
      type: 'text',
      required: true,
      maxLength: 255,
      autocomplete: 'given-name',
    },
    { path: 'lastName', label: 'Last name', type: 'text', required: true, maxLength: 255 },
    { path: 'email', label: 'E-mail', type: 'email', maxLength: 255 },
  ],
};

describe('generateForm', () => {
  it('turns a flat spec into a schema and a vertical layout', () => {
    const { schema, uischema } = generateForm(userSpec);
    expect(schema).toMatchObject({
      type: 'object',
      properties: {
        id: { type: 'string', readOnly: true },
        firstName: { type: 'string', maxLength: 255 },
        lastName: { type: 'string', maxLength: 255 },
        email: { type: 'string', format: 'email' },
      },
      required: ['firstName', 'lastName'],
    });
    expect(uischema).toMatchObject({
      type: 'VerticalLayout',
      elements: [
        {
          type: 'Control',
          scope: '#/properties/id',
          options: { readonlyReason: expect.any(String) as string },
        },
        {
          type: 'Control',
          scope: '#/properties/firstName',
          label: 'First name',
          options: { autocomplete: 'given-name' },
        },
        { type: 'Control', scope: '#/properties/lastName' },
        { type: 'Control', scope: '#/properties/email' },
      ],
    });
  });

  it('nests dot paths, sections become groups, and conditions become rules and if/then', () => {
    const { schema, uischema } = generateForm({
      sections: [{ id: 'address', label: 'Address' }],
      fields: [
        { path: 'address.country', label: 'Country', type: 'text', section: 'address' },
        {
          path: 'address.state',
          label: 'State',
          type: 'text',
          section: 'address',
          visibleWhen: { field: 'address.country', oneOf: ['usa', 'can'] },
          requiredWhen: { field: 'address.country', oneOf: ['usa', 'can'] },
        },
      ],
    });
    expect(uischema).toMatchObject({
      type: 'VerticalLayout',
      elements: [
        {
          type: 'Group',
          label: 'Address',
          elements: [
            { scope: '#/properties/address/properties/country' },
            {
              scope: '#/properties/address/properties/state',
              rule: {
                effect: 'SHOW',
                condition: {
                  scope: '#/properties/address/properties/country',
                  schema: { enum: ['usa', 'can'] },
                },
              },
            },
          ],
        },
      ],
    });
    expect(validateWith(schema, { address: { country: 'gbr' } })).toEqual([]);
    const errors = validateWith(schema, { address: { country: 'usa' } });
    expect(errors.some((e) => e.keyword === 'required' && e.params.missingProperty === 'state')).toBe(true);
    expect(validateWith(schema, { address: { country: 'usa', state: 'NY' } })).toEqual([]);
  });

  it('makes categories when asked, and lists of objects with their own fields', () => {
    const { schema, uischema } = generateForm({
      layout: 'categories',
      sections: [{ id: 'work', label: 'Work' }],
      fields: [
        {
          path: 'jobs',
          label: 'Jobs',
          type: 'list',
          section: 'work',
          items: [{ path: 'title', label: 'Title', type: 'text', required: true }],
        },
      ],
    });
    expect(uischema).toMatchObject({
      type: 'Categorization',
      elements: [{ type: 'Category', label: 'Work' }],
    });
    expect(schema.properties?.jobs).toMatchObject({
      type: 'array',
      items: { type: 'object', required: ['title'] },
    });
  });

  it('writes a pattern message and a not-in-the-future date limit', () => {
    const { schema } = generateForm({
      fields: [
        { path: 'name', label: 'Name', type: 'text', pattern: '^\\D+$', patternMessage: 'Letters only.' },
        { path: 'born', label: 'Born', type: 'date', maxDate: 'today' },
      ],
    });
    expect(schema.properties?.name).toMatchObject({ errorMessage: { pattern: 'Letters only.' } });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(validateWith(schema, { born: tomorrow }).map((e) => e.keyword)).toContain('formatMaximum');
    expect(validateWith(schema, { born: '1990-05-01' })).toEqual([]);
  });

  it('builds each object’s properties in one go, so resolving a control’s schema does not list every key', () => {
    // V8's own view of the object: a fixed shape, not a hash table (see withPropertiesInOneGo).
    setFlagsFromString('--allow-natives-syntax');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- V8's native syntax compiles only at run time
    const hasFixedShape = new Function('object', 'return %HasFastProperties(object)') as (
      o: object,
    ) => boolean;
    const fields = Array.from({ length: 200 }, (_, i) => ({
      path: `field${i}`,
      label: `Field ${i}`,
      type: 'text' as const,
    }));
    const nested = fields.slice(0, 40).map((f) => ({ ...f, path: `address.${f.path}` }));
    const { schema } = generateForm({ fields: [...fields, ...nested] });
    const properties = schema.properties ?? {};
    expect(Object.keys(properties)).toHaveLength(201);
    expect(hasFixedShape(properties)).toBe(true);
    expect(hasFixedShape(properties.address?.properties ?? {})).toBe(true);
    expect(Object.keys(properties.address?.properties ?? {})).toEqual(
      nested.map((f) => f.path.split('.')[1]),
    );
  });
});
