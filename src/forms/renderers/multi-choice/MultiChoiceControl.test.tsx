import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { FormHarness } from '../../../testing/form-harness';
import { fieldError } from '../../validation/validate-form';

const schema = {
  type: 'object',
  properties: {
    sourceOfFunds: {
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      maxItems: 2,
      items: {
        oneOf: [
          { const: 'salary', title: 'Salary' },
          { const: 'savings', title: 'Savings' },
          { const: 'inheritance', title: 'Inheritance' },
        ],
      },
    },
    languages: { type: 'array', items: { type: 'string', enum: ['en', 'pt'] } },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/sourceOfFunds', label: 'Source of funds' },
    { type: 'Control', scope: '#/properties/languages', label: 'Languages' },
  ],
} as UISchemaElement;

function Harness(props: {
  onData: (d: unknown) => void;
  errors?: ErrorObject[];
  initial?: Record<string, unknown>;
}) {
  return <FormHarness schema={schema} uischema={uischema} {...props} />;
}

describe('MultiChoiceControl', () => {
  it('offers oneOf titles as checkboxes in a labelled group and stores the consts in list order', async () => {
    const seen: unknown[] = [];
    render(<Harness onData={(d) => seen.push(d)} />);
    // The control loads on demand (see LazyMultiChoiceControl).
    expect(await screen.findByRole('group', { name: 'Source of funds' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Savings' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Salary' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ sourceOfFunds: ['salary', 'savings'] }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Salary' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Savings' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({}));
  });

  it('offers enum items too, even without uniqueItems', async () => {
    const seen: unknown[] = [];
    render(<Harness onData={(d) => seen.push(d)} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'pt' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ languages: ['pt'] }));
  });

  it('links messages about the list and about one entry to the group and its checkboxes', async () => {
    render(
      <Harness
        onData={() => undefined}
        initial={{ sourceOfFunds: ['salary'] }}
        errors={[
          fieldError('/sourceOfFunds', 'Add at most 2 items.'),
          fieldError('/sourceOfFunds/0', 'Salary needs a payslip.'),
        ]}
      />,
    );
    const group = await screen.findByRole('group', { name: 'Source of funds' });
    expect(group).toHaveAccessibleDescription('Add at most 2 items. Salary needs a payslip.');
    expect(screen.getByRole('checkbox', { name: 'Salary' })).toHaveAccessibleDescription(
      'Add at most 2 items. Salary needs a payslip.',
    );
  });
});
