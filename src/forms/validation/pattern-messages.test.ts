import { describe, expect, it } from 'vitest';
import { validateForm } from './validate-form';

const schema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', pattern: '^\\S+\\s+\\S+(\\s+\\S+)*$' },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    code: { type: 'string', pattern: '^X[0-9]{3}-[a-f]+$' },
    custom: { type: 'string', pattern: '^\\d+$', errorMessage: { pattern: 'Only the digits on your card.' } },
  },
};
const uischema = { type: 'VerticalLayout', elements: [] };

const messagesFor = (data: object) =>
  validateForm(schema, uischema, data, []).map((error) => [error.instancePath, error.message]);

describe('pattern messages', () => {
  it('explains well-known patterns in words', () => {
    expect(messagesFor({ fullName: 'Cher', country: 'gb' })).toEqual([
      ['/fullName', 'Enter at least two words, e.g. your first and last name.'],
      ['/country', 'Use a two-letter country code, e.g. GB.'],
    ]);
  });

  it('never shows the regex of an unknown pattern', () => {
    const [[, message]] = messagesFor({ code: 'nope' }) as [[string, string]];
    expect(message).toBe("This doesn't match the expected format.");
    expect(message).not.toContain('[0-9]');
  });

  it('lets the schema say it better with errorMessage', () => {
    expect(messagesFor({ custom: 'abc' })).toEqual([['/custom', 'Only the digits on your card.']]);
  });
});
