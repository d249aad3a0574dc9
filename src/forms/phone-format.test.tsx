import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { validateWith } from './ajv';
import { isPhoneNumber, phoneCheckLoaded } from './phone-format';
import { FormHarness } from '../testing/form-harness';

const schema = {
  type: 'object',
  properties: { name: { type: 'string' }, phone: { type: 'string', format: 'phone' } },
};
const control = (name: string, label: string, options?: object) =>
  ({ type: 'Control', scope: `#/properties/${name}`, label, options }) as UISchemaElement;

// The order matters: the phone library is loaded once per page (here: per test file).
describe('the phone format', () => {
  it('is not loaded by a form without a phone field, and checks the shape meanwhile', () => {
    render(<FormHarness schema={schema} uischema={control('name', 'Name')} />);
    expect(screen.getByLabelText('Name')).toBeInTheDocument();
    expect(phoneCheckLoaded()).toBe(false);
    expect(isPhoneNumber('+44 20 7946 0958')).toBe(true);
    expect(isPhoneNumber('020 7946 0958')).toBe(false);
  });

  it('loads libphonenumber when a phone field is shown, and then checks the number itself', async () => {
    render(<FormHarness schema={schema} uischema={control('phone', 'Phone', { format: 'phone' })} />);
    expect(screen.getByLabelText('Phone')).toHaveAttribute('type', 'tel');
    await waitFor(() => expect(phoneCheckLoaded()).toBe(true));
    expect(isPhoneNumber('+44 20 7946 0958')).toBe(true);
    // The right shape, but no such country code: only the real check knows.
    expect(isPhoneNumber('+999 1234 5678')).toBe(false);
    expect(validateWith(schema, { phone: '+999 1234 5678' }).map((e) => e.keyword)).toEqual(['format']);
  });
});
