import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';

const schema = {
  type: 'object',
  properties: { fullName: { type: 'string' }, fancy: { type: 'boolean' } },
};

function Harness({ uischema, onData }: { uischema: object; onData: (d: unknown) => void }) {
  return <FormHarness schema={schema} uischema={uischema as UISchemaElement} onData={onData} />;
}

describe('UnsupportedElement', () => {
  it('shows a notice for an unknown element type and keeps the rest of the form working', async () => {
    const seen: unknown[] = [];
    const uischema = {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/fullName', label: 'Full name' },
        {
          type: 'Group',
          label: 'Extras',
          elements: [
            { type: 'FancyWidget', label: 'Selfie', scope: '#/properties/fancy', options: { x: 1 } },
          ],
        },
      ],
    };
    render(<Harness uischema={uischema} onData={(d) => seen.push(d)} />);
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent(
      'Selfie: This question can\'t be shown here (unsupported question type "FancyWidget").',
    );
    expect(screen.queryByText(/No applicable renderer/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Full name'), 'Ann Lee');
    await waitFor(() => expect(seen.at(-1)).toEqual({ fullName: 'Ann Lee' }));
  });

  it('honours a rule hiding the unknown element', () => {
    const uischema = {
      type: 'VerticalLayout',
      elements: [
        {
          type: 'FancyWidget',
          rule: { effect: 'HIDE', condition: { scope: '#', schema: {} } },
        },
      ],
    };
    render(<Harness uischema={uischema} onData={() => undefined} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the notice for a control whose schema cannot be found', () => {
    const uischema = {
      type: 'VerticalLayout',
      elements: [{ type: 'Control', scope: '#/properties/nowhere', label: 'Lost question' }],
    };
    render(<Harness uischema={uischema} onData={() => undefined} />);
    expect(screen.getByRole('note')).toHaveTextContent("Lost question: This question can't be shown here");
    expect(screen.queryByText(/No applicable renderer/)).toBeNull();
  });
});
