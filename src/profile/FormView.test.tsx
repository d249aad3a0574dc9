import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { setAt, valueAt } from '../forms/data/data-paths';
import type { FormData } from '../providers/types';
import { FormView, type FormEdit } from './FormView';

const schema = { type: 'object', properties: { name: { type: 'string' } } };
const uischema = { type: 'Control', scope: '#/properties/name', label: 'Name' } as UISchemaElement;

describe('FormView', () => {
  it('reports edits as they are made, never the data it was given (even when newer data arrives)', async () => {
    let draft: FormData = { name: 'Ann' };
    const onEdit = vi.fn((edit: FormEdit) => {
      draft = setAt(draft, edit.pointer, edit.update(valueAt(draft, edit.pointer)));
      return draft;
    });
    const view = () => (
      <FormView
        schema={schema}
        uischema={uischema}
        data={draft}
        errors={[]}
        readOnly={false}
        locale="en-GB"
        onEdit={onEdit}
      />
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { rerender } = render(view());
    // A newer draft arrives (another category's commit): applied, not echoed back as an edit.
    draft = { name: 'Ann', other: 'from another category' };
    rerender(view());
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(onEdit).not.toHaveBeenCalled();
    vi.useRealTimers();
    await userEvent.type(screen.getByLabelText('Name'), 'e{Enter}');
    await waitFor(() => expect(draft).toEqual({ name: 'Anne', other: 'from another category' }));
  });
});
