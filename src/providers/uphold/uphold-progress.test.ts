// Uphold's progress in plain words from the hint and the answers, and never "everything it needs" while a required
// question is empty anywhere in the process.
import { describe, expect, it } from 'vitest';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { newQuestionsWords, progressOf, progressWords } from './uphold-progress';
import { statusNotice } from './uphold-status';
import { upholdMessages } from './uphold-messages';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    details: {
      type: 'object',
      properties: { fullName: { type: 'string' }, birthdate: { type: 'string' } },
      required: ['fullName', 'birthdate'],
    },
    address: {
      type: 'object',
      properties: { line1: { type: 'string' }, city: { type: 'string' }, postalCode: { type: 'string' } },
      required: ['line1', 'city'],
    },
    tax: { type: 'object', properties: { tin: { type: 'string' } }, required: ['tin'] },
  },
};
const category = (label: string, key: string, fields: string[]) => ({
  type: 'Category',
  label,
  elements: fields.map((f) => ({ type: 'Control', scope: `#/properties/${key}/properties/${f}` })),
});
const uischema = {
  type: 'Categorization',
  elements: [
    category('Details', 'details', ['fullName', 'birthdate']),
    category('Address', 'address', ['line1', 'city', 'postalCode']),
    category('Tax', 'tax', ['tin']),
  ],
} as UISchemaElement;

describe('Uphold progress', () => {
  it('counts sections done and required answers left anywhere in the process', async () => {
    await upholdMessages.ready('de');
    const progress = progressOf(schema, uischema, {
      details: { fullName: 'Ann Lee', birthdate: '1990-01-01' },
      address: {},
      tax: { tin: '123' },
    });
    expect(progress).toEqual({ total: 3, done: 2, requiredLeft: 2 });
    expect(progressWords(progress, 'en')).toBe('2 of 3 sections done · 2 required answers left');
    expect(progressWords(progress, 'de')).toBe('2 von 3 Abschnitten erledigt · 2 Pflichtantworten offen');
  });

  it('counts the required answers of a section not answered at all (never "no required answers left" at 0 done)', () => {
    expect(progressOf(schema, uischema, {})).toEqual({ total: 3, done: 0, requiredLeft: 5 });
    expect(progressOf(schema, uischema, { details: { fullName: 'Ann Lee' } })).toEqual({
      total: 3,
      done: 0,
      requiredLeft: 4,
    });
  });

  it('says so when everything required is answered, and words a form without sections', () => {
    expect(progressWords({ total: 3, done: 3, requiredLeft: 0 }, 'en')).toBe(
      '3 of 3 sections done · no required answers left',
    );
    expect(progressWords({ total: 0, done: 0, requiredLeft: 1 }, 'en')).toBe('1 required answer left');
    expect(progressWords({ total: 0, done: 0, requiredLeft: 0 }, 'en')).toBe(
      'All required answers are given.',
    );
  });

  it('status ok with required questions empty never says "everything it needs"', () => {
    const notice = statusNotice('ok', undefined, 'profile', 'Some required questions are still empty.');
    expect(notice).not.toMatch(/everything it needs/);
    expect(notice).toMatch(/^Some required questions are still empty\./);
    expect(statusNotice('ok', undefined, 'profile')).toMatch(/everything it needs/);
  });

  it('names new questions as a list in the language shown', () => {
    expect(newQuestionsWords(['Address', 'Tax'], 'en')).toBe(
      'Uphold has new questions for you: Address and Tax.',
    );
  });
});
