import { describe, expect, it } from 'vitest';
import { validateForm } from './validate-form';

const uischema = { type: 'VerticalLayout', elements: [] };

// A due-diligence style hint: a follow-up question exists only for one answer, nothing else is allowed.
const dueDiligence = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    employment: { type: 'string', enum: ['employed', 'retired'] },
    sourceOfFunds: {
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      maxItems: 2,
      items: {
        oneOf: [
          { const: 'salary', title: 'Salary' },
          { const: 'savings', title: 'Savings' },
        ],
      },
    },
  },
  allOf: [
    {
      if: { properties: { employment: { const: 'employed' } }, required: ['employment'] },
      then: { properties: { employer: { type: 'string' } } },
    },
  ],
  unevaluatedProperties: false,
};

const run = (schema: object, data: unknown) =>
  validateForm(schema, uischema, data, []).map((error) => [error.instancePath, error.message]);

describe('JSON Schema 2020-12 through our validation', () => {
  it('refuses properties no branch evaluates (unevaluatedProperties), on the property itself', () => {
    expect(run(dueDiligence, { employment: 'employed', employer: 'ACME' })).toEqual([]);
    expect(run(dueDiligence, { employment: 'retired', employer: 'ACME' })).toEqual([
      ['/employer', 'This answer is not asked for here. Clear it before saving.'],
    ]);
  });

  it('explains uniqueItems, minItems and maxItems', () => {
    expect(run(dueDiligence, { sourceOfFunds: [] })).toEqual([['/sourceOfFunds', 'Add at least 1 item.']]);
    expect(run(dueDiligence, { sourceOfFunds: ['salary', 'savings', 'salary'] })).toEqual([
      ['/sourceOfFunds', 'Add at most 2 items.'],
      ['/sourceOfFunds', 'Each item may appear only once.'],
    ]);
    expect(run(dueDiligence, { sourceOfFunds: ['lottery'] })).toEqual([
      ['/sourceOfFunds/0', 'Choose one of the options offered.'],
    ]);
  });

  it('reports additionalProperties on the property, once', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        details: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      },
    };
    expect(run(schema, { details: { a: 'x', b: 1 }, other: true }).sort()).toEqual([
      ['/details/b', 'This answer is not asked for here. Clear it before saving.'],
      ['/other', 'This answer is not asked for here. Clear it before saving.'],
    ]);
  });

  it('reads hints that name draft 2019-09 or draft-07', () => {
    for (const $schema of [
      'https://json-schema.org/draft/2019-09/schema',
      'http://json-schema.org/draft-07/schema#',
    ]) {
      expect(run({ ...dueDiligence, $schema }, { employment: 'retired', employer: 'ACME' })).toHaveLength(1);
    }
  });
});
