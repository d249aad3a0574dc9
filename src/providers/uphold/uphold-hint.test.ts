import { describe, expect, it } from 'vitest';
import type { Category, JsonSchema, UISchemaElement } from '@jsonforms/core';
import { PROCESS_UPDATED } from './contract-examples';
import { sandboxHint } from './sandbox-data';
import {
  InvalidHintError,
  categoriesOf,
  categoryKeys,
  compact,
  compareHints,
  markCompleteCategories,
  readHint,
  withRequiredObjects,
} from './uphold-hint';
import type { ProfileHint } from './uphold-types';

const contractHint = PROCESS_UPDATED.profile.hint as ProfileHint;

describe('reading a hint', () => {
  it('accepts the contract example as sent', () => {
    expect(readHint(contractHint)).toEqual(contractHint);
  });

  it.each([
    [null, /not an object/],
    [{ type: 'wizard', schema: {}, uiSchema: { type: 'VerticalLayout' } }, /unknown hint type "wizard"/],
    [{ type: 'form', uiSchema: { type: 'VerticalLayout' } }, /no schema/],
    [{ type: 'form', schema: {}, uiSchema: {} }, /no uiSchema/],
  ])('refuses a malformed hint with a clear reason (%#)', (hint, reason) => {
    expect(() => readHint(hint)).toThrow(InvalidHintError);
    expect(() => readHint(hint)).toThrow(reason);
  });
});

describe('categories and the keys they save', () => {
  it('the contract example has one category saving `details`', () => {
    expect(categoriesOf(contractHint.uiSchema).map((c) => c.label)).toEqual(['Details']);
    expect(categoryKeys(contractHint.uiSchema, '0')).toEqual(['details']);
  });

  it('several categories, nested objects inside groups: each category saves its own key', () => {
    const hint = sandboxHint({ detailsAnswered: true, secondCategory: true, unknownQuestion: true });
    expect(categoriesOf(hint.uiSchema).map((c) => c.label)).toEqual(['Details', 'Address']);
    expect(categoryKeys(hint.uiSchema, '0')).toEqual(['details']);
    expect(categoryKeys(hint.uiSchema, '1')).toEqual(['address']);
    expect(() => categoryKeys(hint.uiSchema, '5')).toThrow(/no section number 6/);
  });

  it('nested Categorizations are numbered as the editor numbers them (flattened)', () => {
    const uischema = {
      type: 'Categorization',
      elements: [
        {
          type: 'Category',
          label: 'A',
          elements: [{ type: 'Control', scope: '#/properties/a/properties/x' }],
        },
        {
          type: 'Categorization',
          elements: [
            { type: 'Category', label: 'B', elements: [{ type: 'Control', scope: '#/properties/b' }] },
          ],
        },
      ],
    } as UISchemaElement;
    expect(categoryKeys(uischema, '1')).toEqual(['b']);
  });
});

describe('the form data of a hint', () => {
  it('adds empty objects for required nested objects (their fields then report what is missing)', () => {
    const hint = sandboxHint({ detailsAnswered: true, secondCategory: false, unknownQuestion: false });
    const data = withRequiredObjects(hint.schema, { details: { fullName: 'John Doe' } });
    expect(data).toEqual({ details: { fullName: 'John Doe', birthplace: {} } });
  });

  it('leaves optional objects and present values alone', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { a: { type: 'object', properties: {} }, b: { type: 'object' } },
      required: ['b'],
    };
    expect(withRequiredObjects(schema, { b: { x: 1 } })).toEqual({ b: { x: 1 } });
  });

  it('marks the categories already answered complete (shown on their tabs)', () => {
    const hint = sandboxHint({ detailsAnswered: true, secondCategory: true, unknownQuestion: false });
    const details = {
      fullName: 'John Doe',
      primaryCitizenship: 'GB',
      birthdate: '1987-01-01',
      birthplace: { country: 'GB', town: 'London' },
    };
    const marked = markCompleteCategories(hint.uiSchema, hint.schema, { details });
    expect(categoriesOf(marked).map((c: Category) => c.options?.status as unknown)).toEqual([
      'complete',
      undefined,
    ]);
    const partial = markCompleteCategories(hint.uiSchema, hint.schema, {
      details: { ...details, birthplace: { country: 'GB' } },
    });
    expect(categoriesOf(partial).map((c) => c.options?.status as unknown)).toEqual([undefined, undefined]);
  });

  it('sends what was typed without empty values, trimmed', () => {
    expect(
      compact({
        fullName: ' John Doe ',
        town: '',
        birthplace: { town: '' },
        otherCitizenships: ['PT'],
        none: [],
      }),
    ).toEqual({ fullName: 'John Doe', otherCitizenships: ['PT'], none: [] });
    expect(compact({ a: '' })).toBeUndefined();
  });
});

describe('progressive disclosure', () => {
  const first = sandboxHint({ detailsAnswered: false, secondCategory: true, unknownQuestion: false });
  const grown = sandboxHint({ detailsAnswered: true, secondCategory: true, unknownQuestion: false });

  it('names the new questions and the new category', () => {
    expect(compareHints(first, grown)).toEqual({
      unchanged: false,
      added: ['Address', 'Other citizenships', 'Country of birth', 'Town of birth'],
    });
  });

  it('an unchanged schema and uiSchema means no further questions', () => {
    expect(compareHints(grown, structuredClone(grown))).toEqual({ unchanged: true, added: [] });
  });

  it('falls back to the schema title for a control without a label', () => {
    const next = structuredClone(contractHint);
    const category = categoriesOf(next.uiSchema)[0] as Category;
    category.elements.push({
      type: 'Control',
      scope: '#/properties/details/properties/nickname',
    });
    (next.schema.properties?.details as { properties: Record<string, JsonSchema> }).properties.nickname = {
      title: 'Nickname',
      type: 'string',
    };
    expect(compareHints(contractHint, next).added).toEqual(['Nickname']);
  });

  it('an unknown element type is carried through untouched', () => {
    const hint = sandboxHint({ detailsAnswered: false, secondCategory: false, unknownQuestion: true });
    const marked = markCompleteCategories(hint.uiSchema, hint.schema, {});
    const elements = (categoriesOf(marked)[0] as Category).elements;
    expect(elements.at(-1)).toEqual({ type: 'Signature', label: 'Sign to confirm your answers' });
  });
});
