import { describe, expect, it, vi } from 'vitest';
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

  it('works out which controls a validator applies to once per form, not on every validation', () => {
    const appliesTo = vi.fn((control: { scope: string }) => control.scope.endsWith('/name'));
    const validate = vi.fn((value: unknown) => (value === 'Ann' ? 'Not Ann.' : undefined));
    const notAnn = { id: 'not-ann', appliesTo, validate };
    const validators = [notAnn];
    const form = generateForm({
      fields: [
        { path: 'name', label: 'Name', type: 'text' },
        { path: 'city', label: 'City', type: 'text' },
      ],
    });
    expect(validateForm(form.schema, form.uischema, { name: 'Bo' }, validators)).toEqual([]);
    // A keystroke's commit later, with the list of validators built anew (same validators).
    const errors = validateForm(form.schema, form.uischema, { name: 'Ann' }, [...validators]);
    expect(errors.map((e) => `${errorPointer(e)} ${e.message}`)).toEqual(['/name Not Ann.']);
    expect(appliesTo).toHaveBeenCalledTimes(2);
    expect(validate).toHaveBeenCalledTimes(2);
    // Another validator set is worked out again.
    validateForm(form.schema, form.uischema, { name: 'Ann' }, [...validators, { ...notAnn, id: 'again' }]);
    expect(appliesTo).toHaveBeenCalledTimes(6);
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
