import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ControlElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';
import { choiceValidator } from '../../validation/choice-validator';

const choices = [
  { value: 'AZ', label: 'Arizona', group: 'usa' },
  { value: 'NM', label: 'New Mexico', group: 'usa' },
  { value: 'QC', label: 'Quebec', group: 'can' },
];
const control: ControlElement = {
  type: 'Control',
  scope: '#/properties/state',
  label: 'State',
  options: { choices, choicesGroupedBy: 'country', showAsRequired: true },
};
const schema = { type: 'object', properties: { country: { type: 'string' }, state: { type: 'string' } } };

function Harness(props: { initial: Record<string, unknown>; onData: (d: unknown) => void }) {
  return (
    <FormHarness
      schema={schema}
      uischema={{ type: 'VerticalLayout', elements: [control] }}
      initial={props.initial}
      onData={props.onData}
    />
  );
}

describe('ChoiceControl', () => {
  it('offers only the choices of the chosen group, as a required native select', async () => {
    const seen: unknown[] = [];
    render(<Harness initial={{ country: 'usa' }} onData={(d) => seen.push(d)} />);
    const select = screen.getByRole('combobox', { name: /State/ });
    expect(select).toBeRequired();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose…',
      'Arizona',
      'New Mexico',
    ]);
    await userEvent.selectOptions(select, 'New Mexico');
    await waitFor(() => expect(seen.at(-1)).toEqual({ country: 'usa', state: 'NM' }));
  });
});

describe('choiceValidator', () => {
  it('accepts a choice of the current group, refuses one of another group, ignores empty', () => {
    expect(choiceValidator.appliesTo(control, undefined)).toBe(true);
    expect(choiceValidator.validate('AZ', control, { country: 'usa' })).toBeUndefined();
    expect(choiceValidator.validate('QC', control, { country: 'usa' })).toMatch(/Choose one of the options/);
    expect(choiceValidator.validate(undefined, control, { country: 'usa' })).toBeUndefined();
  });
});
