// Every control that shows an error ties it to itself: whatever the kind of control (the light ones and the
// material fallback's), each element marked aria-invalid is described by the message.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { FormHarness } from '../../testing/form-harness';
import { fieldError } from '../validation/validate-form';
import { loadMaterialSet } from './fallback/load-material';

const choices = [
  { const: 'a', title: 'Alpha' },
  { const: 'b', title: 'Beta' },
];
const schema: JsonSchema = {
  type: 'object',
  properties: {
    text: { type: 'string', title: 'Text' },
    pick: { type: 'string', title: 'Pick', oneOf: choices },
    radio: { type: 'string', title: 'Radio', enum: ['a', 'b'] },
    oneOfRadio: { type: 'string', title: 'One of radio', oneOf: choices },
    native: { type: 'string', title: 'Native' },
    flag: { type: 'boolean', title: 'Flag' },
    many: { type: 'array', title: 'Many', uniqueItems: true, items: { oneOf: choices } },
    country: { type: 'string', title: 'Country' },
  },
};
const control = (name: string, options?: Record<string, unknown>) => ({
  type: 'Control',
  scope: `#/properties/${name}`,
  ...(options && { options }),
});
const uischema = {
  type: 'VerticalLayout',
  elements: [
    control('text'),
    control('pick'),
    control('radio', { format: 'radio' }),
    control('oneOfRadio', { format: 'radio' }),
    control('native', { choices: [{ value: 'a', label: 'Alpha' }] }),
    control('flag'),
    control('many'),
    control('country', { country: {} }),
  ],
} as UISchemaElement;
const names = ['text', 'pick', 'radio', 'oneOfRadio', 'native', 'flag', 'many', 'country'];

describe('every control ties its error to itself', () => {
  // The radio groups come from the material fallback, loaded lazily: its first import takes seconds on a busy
  // machine, which is not what this test is about.
  beforeAll(() => loadMaterialSet().then(() => undefined), 60_000);

  it('describes each invalid element by its message', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <FormHarness
          schema={schema}
          uischema={uischema}
          errors={names.map((name) => fieldError(`/${name}`, `Problem with ${name}.`, 'server'))}
        />
      </QueryClientProvider>,
    );
    // Every invalid element is described by its own message (what assistive technology and the editor's error
    // summary read), the material fallback's radio groups too.
    const tied = ['text', 'pick', 'radio', 'oneOfRadio', 'native', 'flag', 'many', 'country'];
    // The radio groups come from the material fallback, loaded lazily (seconds on a busy machine): wait for them.
    await screen.findAllByRole('radiogroup', {}, { timeout: 15_000 });
    await waitFor(
      () => expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(tied.length),
      {
        timeout: 15_000,
      },
    );
    const described = [...document.querySelectorAll('[aria-invalid="true"]')].map((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    tied.forEach((name, index) => expect(described[index]).toContain(`Problem with ${name}.`));
    // The radio groups are named by their legends.
    expect(screen.getByRole('radiogroup', { name: 'One of radio' })).toHaveAttribute('aria-invalid', 'true');
  });
});
