import { describe, expect, it } from 'vitest';
import { generateForm } from '../generator/generate-form';
import { hiddenPointers } from './hidden-controls';
import { errorPointer, validateForm } from './validate-form';

const { schema, uischema } = generateForm({
  sections: [{ id: 'firm', label: 'Firm', visibleWhen: { field: 'kind', equals: 'firm' } }],
  fields: [
    { path: 'kind', label: 'Kind', type: 'text' },
    { path: 'code', label: 'Code', type: 'text', minLength: 8, section: 'firm' },
    {
      path: 'note',
      label: 'Note',
      type: 'text',
      maxLength: 3,
      visibleWhen: { field: 'kind', notOneOf: ['quiet'] },
    },
  ],
});

describe('hidden controls', () => {
  it('lists controls hidden by their own rule or an enclosing group', () => {
    expect(hiddenPointers(uischema, { kind: 'person' })).toEqual(['/code']);
    expect(hiddenPointers(uischema, { kind: 'quiet' }).sort()).toEqual(['/code', '/note']);
    expect(hiddenPointers(uischema, { kind: 'firm' })).toEqual([]);
  });

  it("a hidden field's errors do not count; once shown they do", () => {
    const data = { code: '123', note: 'too long' };
    expect(validateForm(schema, uischema, { ...data, kind: 'quiet' }, []).map(errorPointer)).toEqual([]);
    expect(
      validateForm(schema, uischema, { ...data, kind: 'firm' }, [])
        .map(errorPointer)
        .sort(),
    ).toEqual(['/code', '/note']);
  });

  it('control validators skip hidden controls too', () => {
    const validator = {
      id: 'always',
      appliesTo: () => true,
      validate: () => 'Nope.',
    };
    const errors = validateForm(schema, uischema, { kind: 'quiet' }, [validator]);
    expect(errors.map(errorPointer)).toEqual(['/kind']);
  });
});
