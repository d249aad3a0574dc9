import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { cellSet, rendererSet } from '../index';

const control = (name: string) => ({ type: 'Control', scope: `#/properties/${name}` });

describe('GroupLayout', () => {
  it('titles a group one level below the page (h2), a group inside it one deeper (h3)', () => {
    const uischema = {
      type: 'VerticalLayout',
      elements: [
        {
          type: 'Group',
          label: 'Address',
          elements: [control('city'), { type: 'Group', label: 'Postal', elements: [control('zip')] }],
        },
        { type: 'Group', label: 'Contact', elements: [control('email')] },
      ],
    } as UISchemaElement;
    render(
      <JsonForms
        schema={{
          type: 'object',
          properties: { city: { type: 'string' }, zip: { type: 'string' }, email: { type: 'string' } },
        }}
        uischema={uischema}
        data={{}}
        renderers={rendererSet}
        cells={cellSet}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Address' })).toHaveProperty('tagName', 'H2');
    expect(screen.getByRole('heading', { name: 'Postal' })).toHaveProperty('tagName', 'H3');
    expect(screen.getByRole('heading', { name: 'Contact' })).toHaveProperty('tagName', 'H2');
  });
});
