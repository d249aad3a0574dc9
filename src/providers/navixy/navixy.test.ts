import { describe, expect, it } from 'vitest';
import { validateWith } from '../../forms/ajv';
import { generateForm } from '../../forms/generator/generate-form';
import { errorPointer, validateForm } from '../../forms/validation/validate-form';
import { dataAfterUpdate, formToUpdate, userInfoToForm } from './navixy-mapping';
import { navixySpec, NOT_ON_FILE } from './navixy-spec';

const { schema, uischema } = generateForm(navixySpec);

const person = { first_name: 'Ann', middle_name: '', last_name: 'Lee' };
const address = (prefix: string) => ({
  [`${prefix}_country`]: 'Germany',
  [`${prefix}_index`]: '61169',
  [`${prefix}_region`]: 'Hessen',
  [`${prefix}_city`]: 'Wiesbaden',
  [`${prefix}_street_address`]: 'Marienplatz 2',
});

describe('Navixy spec → schema and uischema', () => {
  it('legal_type (a choice of three) and the contact names are required', () => {
    expect(schema.required).toEqual(['legal_type', 'first_name', 'last_name']);
    expect(schema.properties?.legal_type).toMatchObject({
      oneOf: [{ const: 'individual' }, { const: 'sole_trader' }, { const: 'legal_entity' }],
    });
  });

  it('Legal type sits in the business card; business fields and the registered address show only for legal entities and sole traders', () => {
    const business = { scope: '#/properties/legal_type', schema: { enum: ['legal_entity', 'sole_trader'] } };
    expect(uischema).toMatchObject({
      type: 'VerticalLayout',
      elements: [
        {
          type: 'Group',
          label: 'Business details',
        },
        { type: 'Group', label: 'Contact person' },
        { type: 'Group', label: 'Postal address' },
        { type: 'Group', label: 'Registered address', rule: { effect: 'SHOW', condition: business } },
      ],
    });
    const groups = (
      uischema as unknown as { elements: Array<{ elements: Array<{ scope?: string }>; rule?: object }> }
    ).elements;
    // Nothing outside the cards, and the business card itself is always shown (the legal type is chosen there).
    expect(groups.every((element) => 'elements' in element)).toBe(true);
    expect(groups[0]?.rule).toBeUndefined();
    expect(groups[0]?.elements[0]).toMatchObject({
      type: 'Control',
      scope: '#/properties/legal_type',
      options: { choices: expect.any(Array) as [] },
    });
    const showsFor = (scope: string) =>
      (groups[0]?.elements.find((element) => element.scope === scope) as { rule?: object } | undefined)?.rule;
    for (const name of ['tin', 'okpo_code', 'state_reg_num']) {
      expect(showsFor(`#/properties/${name}`)).toMatchObject({
        effect: 'SHOW',
        condition: { schema: business.schema },
      });
    }
    const businessGroup = (uischema as unknown as { elements: Array<{ elements: unknown[] }> }).elements[0];
    expect(businessGroup?.elements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          scope: '#/properties/legal_name',
          rule: {
            effect: 'SHOW',
            condition: {
              scope: '#/properties/legal_type',
              schema: { const: 'legal_entity' },
              failWhenUndefined: true,
            },
          },
        }),
        expect.objectContaining({ scope: '#/properties/iec', rule: expect.any(Object) as object }),
      ]),
    );
  });

  it('conditional requirements are if/then in the schema', () => {
    expect(schema.allOf).toEqual(
      expect.arrayContaining([
        {
          if: { properties: { legal_type: { const: 'legal_entity' } }, required: ['legal_type'] },
          then: { required: ['legal_name'] },
        },
        {
          if: {
            properties: { legal_type: { enum: ['legal_entity', 'sole_trader'] } },
            required: ['legal_type'],
          },
          then: { required: ['tin'] },
        },
      ]),
    );
    const missing = (data: object) =>
      validateWith(schema, data)
        .filter((e) => e.keyword === 'required')
        .map((e) => (e.params as { missingProperty: string }).missingProperty)
        .sort();
    expect(missing({ ...person, legal_type: 'individual' })).toEqual([]);
    expect(missing({ ...person, legal_type: 'sole_trader' })).toEqual(['tin']);
    expect(missing({ ...person, legal_type: 'legal_entity' })).toEqual(['legal_name', 'tin']);
  });

  it('checks the documented constraints: phone 0–15 digits, OKPO 8 or 10, state reg. number ≤ 15', () => {
    const base = { ...person, legal_type: 'legal_entity', legal_name: 'X GmbH', tin: '1' };
    const invalid = (data: object) =>
      validateForm(schema, uischema, { ...base, ...data }, []).map(errorPointer);
    expect(invalid({ phone: '+49 176 1234567' })).toEqual([]);
    expect(invalid({ phone: '1234567890123456' })).toEqual(['/phone']);
    expect(invalid({ phone: '12ab' })).toEqual(['/phone']);
    expect(invalid({ okpo_code: '12345678' })).toEqual([]);
    expect(invalid({ okpo_code: '1234567890' })).toEqual([]);
    expect(invalid({ okpo_code: '123456789' })).toEqual(['/okpo_code']);
    expect(invalid({ state_reg_num: '1234567890123456' })).toEqual(['/state_reg_num']);
  });

  it('hidden fields do not block a save: a bad OKPO code of an individual is ignored', () => {
    const data = { ...person, legal_type: 'individual', okpo_code: '123' };
    expect(validateForm(schema, uischema, data, [])).toEqual([]);
  });

  it('describes the fields get_info does not return as "not on file"', () => {
    expect(schema.properties?.okpo_code?.description).toBe(NOT_ON_FILE);
    expect(schema.properties?.state_reg_num?.description).toContain(NOT_ON_FILE);
  });
});

describe('Navixy mapping', () => {
  it('loads the form keys from user_info, leaving out empty and unknown values', () => {
    expect(
      userInfoToForm({ legal_type: 'individual', first_name: 'John', iec: '', login: 'x@y.z', tin: '1' }),
    ).toEqual({ legal_type: 'individual', first_name: 'John', tin: '1' });
    expect(userInfoToForm({ legal_type: 'company' })).toEqual({});
  });

  it('an individual sends only personal fields and the postal address', () => {
    const draft = {
      legal_type: 'individual',
      ...person,
      phone: '+49 (176) 123-4567',
      ...address('post'),
      ...address('registered'),
      tin: '1131145180',
      legal_name: 'E. Biasi GmbH',
      okpo_code: '12345678',
    };
    expect(formToUpdate(draft, {})).toEqual({
      legal_type: 'individual',
      ...person,
      phone: '491761234567',
      ...address('post'),
    });
  });

  it('a sole trader adds the registered address and tax details, not iec or legal_name', () => {
    const draft = { legal_type: 'sole_trader', ...person, tin: ' 1131145180 ', iec: '123', legal_name: 'X' };
    const sent = formToUpdate(draft, {});
    expect(Object.keys(sent).sort()).toEqual(
      [
        'legal_type',
        'first_name',
        'middle_name',
        'last_name',
        'post_country',
        'post_index',
        'post_region',
        'post_city',
        'post_street_address',
        'tin',
        'registered_country',
        'registered_index',
        'registered_region',
        'registered_city',
        'registered_street_address',
      ].sort(),
    );
    expect(sent.tin).toBe('1131145180');
  });

  it('a legal entity sends iec and legal_name; "not on file" fields only when filled in', () => {
    const draft = { legal_type: 'legal_entity', ...person, legal_name: 'E. Biasi GmbH', tin: '1' };
    const sent = formToUpdate(draft, {});
    expect(sent).toMatchObject({ legal_name: 'E. Biasi GmbH', iec: '' });
    expect(sent).not.toHaveProperty('okpo_code');
    expect(sent).not.toHaveProperty('state_reg_num');
    expect(formToUpdate({ ...draft, okpo_code: '12345678', state_reg_num: '12-3456789' }, {})).toMatchObject({
      okpo_code: '12345678',
      state_reg_num: '12-3456789',
    });
  });

  it('the phone is omitted when there is none, and sent empty only to clear one on file', () => {
    const draft = { legal_type: 'individual', ...person };
    expect(formToUpdate(draft, {})).not.toHaveProperty('phone');
    expect(formToUpdate(draft, { phone: '79123456789' })).toMatchObject({ phone: '' });
  });

  it('after a save the form holds what was sent; hidden values stay as they were', () => {
    const draft = { legal_type: 'individual', ...person, phone: '+7 912', legal_name: 'Kept' };
    expect(dataAfterUpdate(draft, formToUpdate(draft, {}))).toEqual({
      legal_type: 'individual',
      first_name: 'Ann',
      last_name: 'Lee',
      phone: '7912',
      legal_name: 'Kept',
    });
  });
});
