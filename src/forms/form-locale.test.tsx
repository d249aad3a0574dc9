import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as InputRegistry from './renderers/input-registry';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../testing/form-harness';
import { messagesReady } from '../i18n';

// Every render of a text control registers its input: count them per field.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./renderers/input-registry', async (importOriginal) => {
  const original = await importOriginal<typeof InputRegistry>();
  const useRegisteredInput: typeof original.useRegisteredInput = (input) => {
    renders.set(input.path, (renders.get(input.path) ?? 0) + 1);
    return original.useRegisteredInput(input);
  };
  return { ...original, useRegisteredInput };
});

const keys = ['a', 'b', 'c', 'd'];
const schema: JsonSchema = {
  type: 'object',
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'string' }])),
};
const uischema = {
  type: 'VerticalLayout',
  elements: keys.map((k) => ({ type: 'Control', scope: `#/properties/${k}`, label: `Field ${k}` })),
} as UISchemaElement;

describe('the form locale', () => {
  it('is read without rendering every field again when one field commits a value', async () => {
    const onData = vi.fn();
    render(
      <FormHarness schema={schema} uischema={uischema} initial={{ a: 'x' }} onData={onData} locale="de" />,
    );
    const before = new Map(renders);
    await userEvent.type(screen.getByLabelText('Field a'), 'yz');
    await userEvent.tab();
    await waitFor(() => expect(onData).toHaveBeenLastCalledWith({ a: 'xyz' }));
    expect(renders.get('a')).toBeGreaterThan(before.get('a') ?? 0);
    for (const other of ['b', 'c', 'd']) expect(renders.get(other)).toBe(before.get(other));
  });

  it('is the form’s own: its texts follow the locale the form is given', async () => {
    await messagesReady('de');
    const phone = { type: 'object', properties: { p: { type: 'string', format: 'phone' } } } as JsonSchema;
    const phoneUi = { type: 'Control', scope: '#/properties/p', label: 'Phone' } as UISchemaElement;
    const { unmount } = render(<FormHarness schema={phone} uischema={phoneUi} locale="en-GB" />);
    const english = screen.getByLabelText('Phone').getAttribute('aria-describedby');
    const englishHint = document.getElementById(english ?? '')?.textContent;
    unmount();
    render(<FormHarness schema={phone} uischema={phoneUi} locale="de" />);
    const german = screen.getByLabelText('Phone').getAttribute('aria-describedby');
    expect(document.getElementById(german ?? '')?.textContent).not.toBe(englishHint);
  });
});
