import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { FormView } from './FormView';

const schema = { type: 'object', properties: { name: { type: 'string' } } };
const uischema = { type: 'Control', scope: '#/properties/name', label: 'Name' } as UISchemaElement;
const view = (data: Record<string, unknown>, onChange: (d: unknown) => void) => (
  <FormView
    schema={schema}
    uischema={uischema}
    data={data}
    errors={[]}
    readOnly={false}
    locale="en-GB"
    onChange={onChange}
  />
);

describe('FormView', () => {
  it('reports edits, never the echo of data it was given (even one arriving after newer data)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onChange = vi.fn();
    const { rerender } = render(view({ name: 'Ann' }, onChange));
    // A newer draft arrives before JSON Forms' echo of the first (10 ms later) would.
    rerender(view({ name: 'Ann', other: 'from another category' }, onChange));
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onChange).not.toHaveBeenCalled();
    vi.useRealTimers();
    await userEvent.type(screen.getByLabelText('Name'), 'e{Enter}');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({ name: 'Anne', other: 'from another category' }),
    );
  });
});
