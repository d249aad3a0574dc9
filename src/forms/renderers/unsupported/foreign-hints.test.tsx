// Foreign hints never crash: a ListWithDetail (JSON Forms' material set renders it) renders and takes an entry;
// a schema whose root is not an object (a shape Uphold never sends) shows the unsupported notice, with nothing
// under it that could write into the form's answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';
import { loadMaterialSet } from '../fallback/load-material';

describe('foreign hints', () => {
  // The material fallback loads lazily; its first import takes seconds on a busy machine (not what is tested here).
  beforeAll(() => loadMaterialSet().then(() => undefined), 60_000);

  it('a ListWithDetail renders (not the unsupported notice) and an entry can be added', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        documents: {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } },
        },
      },
    };
    const uischema = { type: 'ListWithDetail', scope: '#/properties/documents' } as UISchemaElement;
    const seen: unknown[] = [];
    render(<FormHarness schema={schema} uischema={uischema} onData={(d) => seen.push(d)} />);
    const add = await screen.findByRole('button', { name: /add/i });
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText(/No applicable renderer|can't be shown/)).toBeNull();
    await userEvent.click(add);
    await waitFor(() => expect(seen.at(-1)).toEqual({ documents: [{}] }));
  });

  it.each([
    ['a list', { type: 'array', items: { type: 'string' } }, 'array'],
    ['a single value', { type: 'string' }, 'string'],
  ])(
    'a schema whose root is %s shows the unsupported notice, and nothing to add to',
    (_what, schema, type) => {
      for (const uischema of [
        { type: 'Control', scope: '#' },
        { type: 'ListWithDetail', scope: '#' },
        { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#' }] },
      ] as UISchemaElement[]) {
        const { unmount } = render(<FormHarness schema={schema as JsonSchema} uischema={uischema} />);
        expect(screen.getByRole('note')).toHaveTextContent(`unsupported form shape "${type}"`);
        expect(screen.queryByRole('button')).toBeNull();
        expect(screen.queryByRole('textbox')).toBeNull();
        unmount();
      }
    },
  );
});
