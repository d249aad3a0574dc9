import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { JsonForms } from '@jsonforms/react';
import type { UISchemaElement } from '@jsonforms/core';
import { cellSet, rendererSet } from '../index';
import { FIRST_CHUNK } from './ProgressiveVerticalLayout';

const n = FIRST_CHUNK + 30;
const keys = Array.from({ length: n }, (_, i) => `f${i}`);
const schema = { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, { type: 'string' }])) };
const uischema = {
  type: 'VerticalLayout',
  elements: keys.map((k) => ({ type: 'Control', scope: `#/properties/${k}`, label: k })),
} as UISchemaElement;

describe('ProgressiveVerticalLayout', () => {
  it('shows the first screenful at once and every field soon after, in order', async () => {
    render(
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={{}}
        renderers={rendererSet}
        cells={cellSet}
        validationMode="NoValidation"
      />,
    );
    expect(screen.getAllByRole('textbox')).toHaveLength(FIRST_CHUNK);
    // Generous under a loaded test run: the point is that every field arrives, not how fast.
    await waitFor(() => expect(screen.getAllByRole('textbox')).toHaveLength(n), { timeout: 5000 });
    expect(screen.getAllByRole('textbox').at(-1)).toHaveAccessibleName(`f${n - 1}`);
  });
});
