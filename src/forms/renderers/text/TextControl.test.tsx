import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JsonForms } from '@jsonforms/react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { rendererSet, cellSet } from '../index';
import { fieldError } from '../../validation/validate-form';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Name', description: 'As on your passport' },
    id: { type: 'string', title: 'Id', readOnly: true },
    secret: { type: 'string', title: 'Password' },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/name', label: 'Name' },
    {
      type: 'Control',
      scope: '#/properties/id',
      label: 'Id',
      options: { readonlyReason: 'Ids never change.' },
    },
    { type: 'Control', scope: '#/properties/secret', label: 'Password', options: { format: 'password' } },
  ],
} as UISchemaElement;

function Harness({
  onData,
  errors = [],
}: {
  onData: (data: unknown) => void;
  errors?: ReturnType<typeof fieldError>[];
}) {
  const [data, setData] = useState<unknown>({ name: 'Ann', id: 'x1' });
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={rendererSet}
      cells={cellSet}
      additionalErrors={errors}
      validationMode="NoValidation"
      onChange={({ data: next }) => {
        setData(next);
        onData(next);
      }}
    />
  );
}

describe('TextControl', () => {
  it('updates the form on every keystroke, with no debounce, and empties to undefined', async () => {
    const seen: unknown[] = [];
    render(<Harness onData={(d) => seen.push(d)} />);
    const name = screen.getByLabelText('Name');
    await userEvent.type(name, 'e');
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ name: 'Anne' }));
    await userEvent.clear(name);
    await waitFor(() => expect(seen.at(-1)).not.toHaveProperty('name'));
  });

  it('describes the field by its help text, and by its error when there is one', () => {
    const { rerender } = render(<Harness onData={() => undefined} />);
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('As on your passport');
    rerender(<Harness onData={() => undefined} errors={[fieldError('/name', 'Too short.')]} />);
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Too short.');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says why a read-only field cannot change', () => {
    render(<Harness onData={() => undefined} />);
    expect(screen.getByLabelText('Id')).toBeDisabled();
    expect(screen.getByLabelText('Id')).toHaveAccessibleDescription('Ids never change.');
  });

  it('hides a password until asked', async () => {
    render(<Harness onData={() => undefined} />);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Show Password' }));
    expect(password).toHaveAttribute('type', 'text');
  });
});
