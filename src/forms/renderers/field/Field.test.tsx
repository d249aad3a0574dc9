import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Field, helpIdOf } from './Field';

function TextField({ help, label = 'Name' }: { help?: string; label?: string }) {
  return (
    <Field inputId="name" label={label} required help={help}>
      <input id="name" className="pe-input" aria-describedby={help ? helpIdOf('name') : undefined} />
    </Field>
  );
}

describe('Field', () => {
  it('is six elements for a text field without help: no empty help line, no wrapper around the gap text', () => {
    const { container } = render(<TextField />);
    const field = container.querySelector('.pe-field');
    // The field, its label (and the required mark), the box, the input, the outline and its legend.
    expect(field?.querySelectorAll('*').length).toBe(6);
    expect(field?.querySelector('.pe-help')).toBeNull();
    // The outline's gap is as wide as the label's text, which the legend holds itself.
    expect(field?.querySelector('legend')?.textContent).toBe('Name *');
    expect(field?.querySelector('legend')?.children.length).toBe(0);
  });

  it('shows its help line, tied to the input, when there is help', () => {
    render(<TextField help="Enter your name." />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter your name.');
  });

  it('leaves the outline without a gap when the field has no label', () => {
    const { container } = render(<TextField label="" />);
    expect(container.querySelector('legend')?.textContent).toBe('');
    expect(container.querySelector('label')).toBeNull();
  });
});
