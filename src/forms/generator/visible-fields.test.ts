import { describe, expect, it } from 'vitest';
import type { FormSpec } from './field-spec';
import { generateForm } from './generate-form';
import { conditionHolds, visibleFields } from './visible-fields';

const spec: FormSpec = {
  sections: [
    { id: 'person', label: 'Person' },
    { id: 'company', label: 'Company', visibleWhen: { field: 'kind', oneOf: ['firm', 'sole'] } },
  ],
  fields: [
    { path: 'kind', label: 'Kind', type: 'text' },
    { path: 'name', label: 'Name', type: 'text', section: 'person' },
    { path: 'tax', label: 'Tax number', type: 'text', section: 'company' },
    {
      path: 'firmName',
      label: 'Firm name',
      type: 'text',
      section: 'company',
      visibleWhen: { field: 'kind', equals: 'firm' },
    },
  ],
};

const paths = (data: unknown) => visibleFields(spec, data).map((f) => f.path);

describe('visible fields', () => {
  it('follows field and section conditions', () => {
    expect(paths({ kind: 'person' })).toEqual(['kind', 'name']);
    expect(paths({ kind: 'sole' })).toEqual(['kind', 'name', 'tax']);
    expect(paths({ kind: 'firm' })).toEqual(['kind', 'name', 'tax', 'firmName']);
    expect(paths({})).toEqual(['kind', 'name']);
  });

  it('treats an absent value as the generated rules do', () => {
    expect(conditionHolds({ field: 'a.b', equals: 1 }, {})).toBe(false);
    expect(conditionHolds({ field: 'a.b', oneOf: [1] }, { a: { b: 1 } })).toBe(true);
    expect(conditionHolds({ field: 'a.b', notOneOf: [1] }, {})).toBe(true);
    expect(conditionHolds({ field: 'a.b', notOneOf: [1] }, { a: { b: 1 } })).toBe(false);
  });

  it('a section condition becomes a SHOW rule on its group', () => {
    const { uischema } = generateForm(spec);
    expect(uischema).toMatchObject({
      elements: [
        { type: 'Control', scope: '#/properties/kind' },
        { type: 'Group', label: 'Person' },
        {
          type: 'Group',
          label: 'Company',
          rule: {
            effect: 'SHOW',
            condition: { scope: '#/properties/kind', schema: { enum: ['firm', 'sole'] } },
          },
        },
      ],
    });
  });
});
