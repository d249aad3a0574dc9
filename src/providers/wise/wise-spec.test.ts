import { beforeAll, describe, expect, it } from 'vitest';
import { validateWith } from '../../forms/ajv';
import { loadPhoneCheck } from '../../forms/phone-format';
import { generateForm } from '../../forms/generator/generate-form';
import { formToUpdate, profileToForm } from './wise-mapping';
import { wiseSpec } from './wise-spec';

const { schema, uischema } = generateForm(wiseSpec);
// In the app the phone field loads libphonenumber when it is shown; here it is loaded up front.
beforeAll(() => loadPhoneCheck());
const keywords = (data: object) => validateWith(schema, data).map((e) => `${e.instancePath} ${e.keyword}`);
const base = {
  firstName: 'A',
  lastName: 'B',
  dateOfBirth: '1990-01-01',
  address: { addressFirstLine: 'x', city: 'y' },
};

describe('Wise spec → schema', () => {
  it('requires a state for US, CA, BR and AU addresses only, and shows it only for them', () => {
    const missing = (country: string) =>
      validateWith(schema, { ...base, address: { ...base.address, countryIso3Code: country } }).some(
        (e) => e.keyword === 'required' && e.params.missingProperty === 'stateCode',
      );
    expect(['usa', 'can', 'bra', 'aus'].map(missing)).toEqual([true, true, true, true]);
    expect(['gbr', 'deu', 'jpn'].map(missing)).toEqual([false, false, false]);
    expect(JSON.stringify(uischema)).toContain(
      JSON.stringify({
        effect: 'SHOW',
        condition: {
          scope: '#/properties/address/properties/countryIso3Code',
          schema: { enum: ['usa', 'can', 'bra', 'aus'] },
          failWhenUndefined: true,
        },
      }),
    );
    expect(keywords({ address: { stateCode: 'ABCDEF' } })).toContain('/address/stateCode maxLength');
  });

  it('accepts Katakana only in the kana names and explains why they matter', () => {
    expect(keywords({ firstNameInKana: 'ヤマダ' })).not.toContain('/firstNameInKana pattern');
    expect(keywords({ lastNameInKana: 'タロウ・ヤマダ' })).not.toContain('/lastNameInKana pattern');
    expect(keywords({ firstNameInKana: 'Yamada' })).toContain('/firstNameInKana pattern');
    expect(keywords({ lastNameInKana: 'やまだ' })).toContain('/lastNameInKana pattern');
    expect(schema.properties?.firstNameInKana).toMatchObject({
      description: expect.stringContaining('required for transfers from JPY') as string,
      errorMessage: { pattern: expect.stringContaining('Katakana only') as string },
    });
  });

  it('limits names to 30 characters', () => {
    for (const name of ['firstName', 'lastName', 'preferredName', 'firstNameInKana']) {
      expect(keywords({ [name]: 'ア'.repeat(31) })).toContain(`/${name} maxLength`);
    }
  });

  it('has occupations as a list of free-form occupations the user types', () => {
    expect(schema.properties?.occupations).toMatchObject({
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] },
    });
    expect(JSON.stringify(schema.properties?.occupations)).not.toContain('format');
    expect(formToUpdate({ occupations: [{ code: ' Nurse ' }, { code: '' }] }).occupations).toEqual([
      { code: 'Nurse', format: 'FREE_FORM' },
    ]);
  });

  it('checks the phone number with libphonenumber and the date of birth as a past, real date', () => {
    expect(keywords({ contactDetails: { phoneNumber: '+14085550123' } })).toEqual(
      expect.not.arrayContaining(['/contactDetails/phoneNumber format']),
    );
    expect(keywords({ contactDetails: { phoneNumber: '+1 000' } })).toContain(
      '/contactDetails/phoneNumber format',
    );
    expect(keywords({ contactDetails: { phoneNumber: '+4420794' } })).toContain(
      '/contactDetails/phoneNumber format',
    );
    expect(keywords({ dateOfBirth: '1990-02-30' })).toContain('/dateOfBirth format');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(keywords({ dateOfBirth: tomorrow })).toContain('/dateOfBirth formatMaximum');
  });

  it('uses the shared country picker with ISO alpha-3 lower-case codes', () => {
    const text = JSON.stringify(uischema);
    expect(text).toContain(
      '"scope":"#/properties/nationality","label":"Nationality","options":{"country":{"source":"iso-alpha3-lower"}}',
    );
    expect(profileToForm({ id: 1, type: 'PERSONAL', address: { countryIso3Code: 'USA' } }).address).toEqual({
      countryIso3Code: 'usa',
    });
  });
});

describe('Wise mapping', () => {
  it('never sends an empty value for a field the read does not return', () => {
    const update = formToUpdate({
      firstName: 'Ann',
      nationality: '',
      externalCustomerId: ' ',
      firstNameInKana: '',
      occupations: [],
      address: { countryIso3Code: 'gbr', stateCode: 'AZ' },
    });
    expect(update).toEqual({ firstName: 'Ann', address: { countryIso3Code: 'gbr' } });
  });

  it('sends every documented field it has, nested as Wise expects', () => {
    expect(
      formToUpdate({
        firstName: 'Ann',
        lastName: 'Lee',
        preferredName: 'Annie',
        firstNameInKana: 'アン',
        lastNameInKana: 'リー',
        address: {
          addressFirstLine: '1 Main St',
          city: 'Austin',
          countryIso3Code: 'usa',
          postCode: '73301',
          stateCode: 'TX',
        },
        nationality: 'usa',
        dateOfBirth: '1980-01-31',
        contactDetails: { email: 'ann@example.com', phoneNumber: '+14085550123' },
        externalCustomerId: 'c-1',
        occupations: [{ code: 'Teacher' }],
      }),
    ).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
      preferredName: 'Annie',
      firstNameInKana: 'アン',
      lastNameInKana: 'リー',
      address: {
        addressFirstLine: '1 Main St',
        city: 'Austin',
        countryIso3Code: 'usa',
        postCode: '73301',
        stateCode: 'TX',
      },
      nationality: 'usa',
      dateOfBirth: '1980-01-31',
      contactDetails: { email: 'ann@example.com', phoneNumber: '+14085550123' },
      externalCustomerId: 'c-1',
      occupations: [{ code: 'Teacher', format: 'FREE_FORM' }],
    });
  });
});
