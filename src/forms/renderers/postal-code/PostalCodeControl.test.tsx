import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';

const schema = {
  type: 'object',
  properties: {
    country: { type: 'string' },
    postalCode: { type: 'string', format: 'postal-code' },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/country', label: 'Country' },
    {
      type: 'Control',
      scope: '#/properties/postalCode',
      label: 'Postal code',
      options: { dependsOn: '#/properties/country' },
    },
  ],
} as UISchemaElement;

function Harness(props: { initial: Record<string, unknown>; onData: (d: unknown) => void }) {
  return <FormHarness schema={schema} uischema={uischema} {...props} />;
}

describe('PostalCodeControl', () => {
  it("shows the chosen country's format and follows a change of country", async () => {
    render(<Harness initial={{ country: 'GB' }} onData={() => undefined} />);
    const input = screen.getByLabelText('Postal code');
    expect(input).toHaveAccessibleDescription('Postal code in United Kingdom, e.g. SW1A 1AA.');
    expect(input).toHaveAttribute('placeholder', 'e.g. SW1A 1AA');
    await userEvent.clear(screen.getByLabelText('Country'));
    await userEvent.type(screen.getByLabelText('Country'), 'US');
    await userEvent.tab();
    await waitFor(() =>
      expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription(
        'Postal code in United States, e.g. 94103.',
      ),
    );
  });

  it('writes the code in capitals', async () => {
    const seen: unknown[] = [];
    render(<Harness initial={{ country: 'GB' }} onData={(d) => seen.push(d)} />);
    await userEvent.type(screen.getByLabelText('Postal code'), 'sw1a 1aa');
    await userEvent.tab();
    await waitFor(() => expect(seen.at(-1)).toEqual({ country: 'GB', postalCode: 'SW1A 1AA' }));
  });
});
