// A format check that arrives after the form has shown (the phone library) re-validates what is on screen: a
// stored number the structural stand-in let through is flagged once the full check is there.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { loadPhoneCheck, phoneCheckLoaded } from '../forms/phone-format';
import { FormHarness } from '../testing/form-harness';

const schema = { type: 'object', properties: { phone: { type: 'string', format: 'phone' } } };
const uischema = {
  type: 'Control',
  scope: '#/properties/phone',
  label: 'Phone',
  options: { format: 'phone' },
} as UISchemaElement;

describe('a format check that arrives late', () => {
  it('re-validates the form: a stored number it rejects is flagged as on file', async () => {
    expect(phoneCheckLoaded()).toBe(false);
    render(<FormHarness schema={schema} uischema={uischema} initial={{ phone: '+47400000' }} validate />);
    const phone = screen.getByLabelText('Phone');
    expect(phone).not.toHaveAccessibleDescription(/on file/);
    await loadPhoneCheck();
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/already on file/));
  });
});
