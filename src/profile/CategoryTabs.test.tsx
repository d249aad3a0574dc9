import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CategoryTabs, tabName, type CategoryView } from './CategoryTabs';

/** Remembers the category it was first rendered for, as JSON Forms controls remember their ids. */
function Probe({ label }: { label: string }) {
  const [firstLabel] = useState(label);
  return <p>mounted for {firstLabel}</p>;
}

function Harness() {
  const shown: CategoryView[] = ['Personal', 'Credentials'].map((label, index) => ({
    index,
    category: { type: 'Category', label, elements: [] },
  }));
  const [selected, setSelected] = useState('Personal');
  return (
    <CategoryTabs
      shown={shown}
      current={shown.find((v) => v.category.label === selected)}
      onSelect={setSelected}
      renderCategory={(view) => <Probe label={view.category.label} />}
    />
  );
}

describe('CategoryTabs', () => {
  it('mounts a fresh panel per category, so nothing of the previous category is kept', async () => {
    render(<Harness />);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('mounted for Personal');
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Credentials' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('mounted for Credentials');
  });
});

describe('tabName', () => {
  it('names a tab by its label with its marks in brackets, never run together', () => {
    expect(tabName('Details', { complete: false, unsaved: false })).toBe('Details');
    expect(tabName('Details', { complete: true, unsaved: false })).toBe('Details (complete)');
    expect(tabName('Address', { complete: true, unsaved: true })).toBe('Address (complete, unsaved changes)');
  });
});
