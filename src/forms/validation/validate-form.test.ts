import { describe, expect, it } from 'vitest';
import { generateForm } from '../generator/generate-form';
import { errorPointer, validateForm } from './validate-form';

const { schema, uischema } = generateForm({
  fields: [
    {
      path: 'name',
      label: 'Name',
      type: 'text',
      required: true,
      minLength: 2,
      pattern: '^\\D*$',
      patternMessage: 'No digits, please.',
    },
    { path: 'email', label: 'E-mail', type: 'email' },
    { path: 'phone', label: 'Phone', type: 'phone' },
  ],
});

describe('validateForm', () => {
  it('gives each error a sentence and the pointer of its field', () => {
    const errors = validateForm(schema, uischema, { email: 'nope', phone: '0123' }, []);
    const byField = Object.fromEntries(errors.map((e) => [errorPointer(e), e.message]));
    expect(byField).toEqual({
      '/name': 'This field is required.',
      '/email': 'Enter an e-mail address such as name@example.com.',
      '/phone': expect.stringContaining('international format') as string,
    });
  });

  it('uses the spec pattern message', () => {
    const errors = validateForm(schema, uischema, { name: 'R2D2' }, []);
    expect(errors.map((e) => e.message)).toEqual(['No digits, please.']);
  });

  it('runs control validators on the controls they apply to', () => {
    const errors = validateForm(schema, uischema, { name: 'Ann', phone: '+442079460958' }, [
      {
        id: 'not-ann',
        appliesTo: (control) => control.scope === '#/properties/name',
        validate: (value) => (value === 'Ann' ? 'Ann is taken.' : undefined),
      },
    ]);
    expect(errors).toMatchObject([{ instancePath: '/name', message: 'Ann is taken.', keyword: 'not-ann' }]);
  });
});
