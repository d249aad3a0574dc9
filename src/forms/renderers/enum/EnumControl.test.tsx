import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';

const schema = {
  type: 'object',
  properties: {
    employment: {
      type: 'string',
      description: 'What you do most of the week.',
      oneOf: [
        { const: 'employed', title: 'Employed' },
        { const: 'retired', title: 'Retired' },
        { const: 'student', title: 'Student' },
      ],
    },
  },
};
const uischema = {
  type: 'Control',
  scope: '#/properties/employment',
  label: 'Employment',
} as UISchemaElement;

describe('EnumControl', () => {
  it('is a labelled combobox: open, filter, choose, clear', async () => {
    const seen: unknown[] = [];
    render(<FormHarness schema={schema} uischema={uischema} onData={(d) => seen.push(d)} />);
    const input = screen.getByRole('combobox', { name: 'Employment' });
    expect(input).toHaveAccessibleDescription('What you do most of the week.');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.click(input);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Employed',
      'Retired',
      'Student',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Retired' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ employment: 'retired' }));
    expect(input).toHaveValue('Retired');
    await userEvent.clear(input);
    await userEvent.type(input, 'stu{Enter}');
    await waitFor(() => expect(seen.at(-1)).toEqual({ employment: 'student' }));
    await userEvent.click(screen.getByRole('button', { name: 'Clear Employment' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({}));
  });
});

describe('enumControlTester', () => {
  it('leaves a boolean that must be true ("tick to confirm") to the checkbox', () => {
    const confirm = {
      type: 'object',
      properties: { ok: { type: 'boolean', const: true, title: 'I confirm' } },
    };
    render(
      <FormHarness
        schema={confirm}
        uischema={{ type: 'Control', scope: '#/properties/ok', label: 'I confirm' }}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'I confirm' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
