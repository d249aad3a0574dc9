import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { cellSet, rendererSet } from '../index';

function renderLabel(text: string, rule?: object, data: object = {}) {
  const uischema = { type: 'Label', text, ...(rule && { rule }) } as UISchemaElement;
  return render(
    <JsonForms
      schema={{ type: 'object', properties: { a: { type: 'string' } } }}
      uischema={{ type: 'VerticalLayout', elements: [uischema] }}
      data={data}
      renderers={rendererSet}
      cells={cellSet}
    />,
  );
}

describe('LabelElement', () => {
  it('shows the allowed markup and the rest as text', () => {
    const { container } = renderLabel(
      'Why?<br><b>Because</b> <a href="https://uphold.com">we must</a><em>!</em>',
    );
    expect(container.querySelector('br')).not.toBeNull();
    expect(screen.getByText('Because').tagName).toBe('B');
    expect(screen.getByRole('link', { name: 'we must' })).toHaveAttribute('href', 'https://uphold.com');
    expect(container.textContent).toContain('<em>!</em>');
    expect(container.querySelector('em')).toBeNull();
  });

  it('follows the element rule', () => {
    const rule = { effect: 'SHOW', condition: { scope: '#/properties/a', schema: { const: 'x' } } };
    const { container } = renderLabel('Only for x', rule, { a: 'y' });
    expect(container.textContent).not.toContain('Only for x');
  });
});
