import { describe, expect, it } from 'vitest';
import type { Category, ControlElement, JsonSchema7, UISchemaElement } from '@jsonforms/core';
import { presentHint } from './uphold-hint-present';

const schema = {
  type: 'object',
  properties: {
    'tax-identification': {
      type: 'object',
      title: 'Taxpayer <b>identification</b>',
      description: 'Why?<br><br>Because <a href="https://uphold.com/w9">the IRS</a> asks.<script>x</script>',
      properties: {
        tin: { type: 'string', title: 'SSN<br>or TIN', description: 'Nine <i>digits</i>' },
        documents: { type: 'array', items: { type: 'object', title: 'Document', properties: {} } },
      },
    },
  },
} as JsonSchema7;

const uiSchema = {
  type: 'Categorization',
  elements: [
    {
      type: 'Category',
      label: 'W-9 <i>form</i>',
      elements: [
        {
          type: 'Control',
          label: 'Your <b>TIN</b>',
          scope: '#/properties/tax-identification/properties/tin',
        },
        { type: 'Control', scope: '#/properties/tax-identification/properties/documents' },
      ],
    },
  ],
} as UISchemaElement;

describe('a hint as the editor shows it', () => {
  const shown = presentHint({ schema, uiSchema });
  const category = (shown.uischema as { elements: Category[] }).elements[0];

  it("shows the category's description at its top, markup kept for the safe-HTML label", () => {
    expect(category?.elements[0]).toEqual({
      type: 'Label',
      text: 'Why?<br><br>Because <a href="https://uphold.com/w9">the IRS</a> asks.<script>x</script>',
    });
  });

  it('turns markup into words where only text fits: labels, titles, help texts', () => {
    expect(category?.label).toBe('W-9 form');
    expect((category?.elements[1] as ControlElement).label).toBe('Your TIN');
    const tax = shown.schema.properties?.['tax-identification'];
    expect(tax?.title).toBe('Taxpayer identification');
    expect(tax?.properties?.tin).toMatchObject({ title: 'SSN or TIN', description: 'Nine digits' });
    expect(tax?.description).toBe('Why? Because the IRS (https://uphold.com/w9) asks.<script>x</script>');
  });

  it('edits a list of objects item by item', () => {
    expect((category?.elements[2] as ControlElement).options).toEqual({ list: { itemLabel: 'Document' } });
  });

  it('leaves the hint it was given as it was (validation uses the original)', () => {
    expect(schema.properties?.['tax-identification']?.title).toBe('Taxpayer <b>identification</b>');
    expect((uiSchema as { elements: Category[] }).elements[0]?.elements).toHaveLength(2);
  });
});
