// A tab's fields get the same layout object on every render of the editor, so the memoised form view skips a
// status change (a click on Save re-renders the bar, not every field of the tab).
import { describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import { render } from '@testing-library/react';
import type { Categorization, Category, UISchemaElement } from '@jsonforms/core';
import type { ProfileForm } from '../providers/types';
import { EditorLayout } from './EditorLayout';
import type { CategoryView } from './CategoryTabs';

const personal: Category = {
  type: 'Category',
  label: 'Personal',
  elements: [{ type: 'Control', scope: '#/properties/name' }],
};
const categorization: Categorization = {
  type: 'Categorization',
  label: '',
  elements: [personal],
  options: { header: [{ type: 'Control', scope: '#/properties/id' }] },
};
const form: ProfileForm = { schema: { type: 'object' }, uischema: categorization, data: {} };
const view: CategoryView = { index: 0, category: personal };

function renderLayout(renderBody: (uischema: UISchemaElement) => null, status: string) {
  return (
    <EditorLayout
      form={form}
      messages={null}
      root={createRef()}
      selection={{ shown: [view], current: view, select: () => undefined }}
      perCategory
      isUnsaved={() => false}
      isShown={() => true}
      renderBody={renderBody}
      renderBar={() => <p>{status}</p>}
    />
  );
}

describe('EditorLayout', () => {
  it('hands a tab and the header the same layout object on every render', () => {
    const renderBody = vi.fn((_uischema: UISchemaElement) => null);
    const { rerender } = render(renderLayout(renderBody, 'Unsaved changes'));
    const first = renderBody.mock.calls.map(([uischema]) => uischema);
    expect(first).toHaveLength(2);
    renderBody.mockClear();
    rerender(renderLayout(renderBody, 'Saving…'));
    const second = renderBody.mock.calls.map(([uischema]) => uischema);
    expect(second).toHaveLength(2);
    second.forEach((uischema, i) => expect(uischema).toBe(first[i]));
  });
});
