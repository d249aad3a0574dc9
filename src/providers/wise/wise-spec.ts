// Wise personal profile (PUT /v2/profiles/{profileId}/personal-profile): the field spec the form is made from.
// Wise does not publish which fields lock once a profile is verified; our decision is WISE_LOCKED_WHEN_VERIFIED.
import type { FieldSpec, FormSpec } from '../../forms/generator/field-spec';
import { WISE_STATE_COUNTRIES, WISE_STATES } from './wise-states';

/** Identity fields Wise has checked against documents; changing them needs Wise support, not this form. */
export const WISE_LOCKED_WHEN_VERIFIED = ['firstName', 'lastName', 'dateOfBirth', 'nationality'] as const;
export const LOCKED_REASON =
  'Verified by Wise: to change it, contact Wise support with a document that shows the new value.';

/** Not returned by Wise's profile read although the update accepts them: never sent empty. */
export const WISE_NOT_READ = [
  'nationality',
  'externalCustomerId',
  'firstNameInKana',
  'lastNameInKana',
  'occupations',
] as const;
export const NOT_ON_FILE = 'Not on file at Wise: what Wise holds is not shown; leave empty to keep it.';

/** Where Wise needs an occupation: residence countries (alpha-3) and, in the US, New Mexico ('usa-NM'). */
export const OCCUPATION_REGIONS: Readonly<Record<string, string>> = {
  can: 'Canada',
  ind: 'India',
  jpn: 'Japan',
  idn: 'Indonesia',
  isr: 'Israel',
  mex: 'Mexico',
  'usa-NM': 'New Mexico (US)',
};

/** The region of an address for which Wise needs an occupation, if any. */
export function occupationRegionOf(address: unknown): string | undefined {
  const { countryIso3Code: country, stateCode: state } = (address ?? {}) as Record<string, unknown>;
  if (typeof country !== 'string') return undefined;
  const region = country === 'usa' && typeof state === 'string' ? `usa-${state}` : country;
  return region in OCCUPATION_REGIONS ? region : undefined;
}

// Katakana block (U+30A0–U+30FF, includes ー and ・), full-width and ordinary spaces.
const KATAKANA = '^[\\u30A0-\\u30FF\\u3000 ]*$';
const KATAKANA_MESSAGE = 'Use Katakana only, e.g. ヤマダ. Needed for transfers from JPY.';
const KATAKANA_HELP = `Katakana only (e.g. ヤマダ); required for transfers from JPY. ${NOT_ON_FILE}`;
const name = (path: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path,
  label,
  type: 'text',
  maxLength: 30,
  section: 'name',
  ...extra,
});

export const wiseSpec: FormSpec = {
  sections: [
    { id: 'name', label: 'Name' },
    { id: 'kana', label: 'Name in Katakana', description: 'Required for transfers from JPY.' },
    { id: 'address', label: 'Address' },
    { id: 'personal', label: 'Nationality and date of birth' },
    { id: 'contact', label: 'Contact details' },
    { id: 'occupations', label: 'Occupations' },
    { id: 'reference', label: 'Your reference' },
  ],
  fields: [
    name('firstName', 'First name', {
      required: true,
      description: 'Including middle names.',
      autocomplete: 'given-name',
    }),
    name('lastName', 'Last name', { required: true, autocomplete: 'family-name' }),
    name('preferredName', 'Preferred name', {
      description: 'If different from your legal first name.',
      autocomplete: 'nickname',
    }),
    name('firstNameInKana', 'First name in Katakana', {
      section: 'kana',
      pattern: KATAKANA,
      patternMessage: KATAKANA_MESSAGE,
      description: KATAKANA_HELP,
    }),
    name('lastNameInKana', 'Last name in Katakana', {
      section: 'kana',
      pattern: KATAKANA,
      patternMessage: KATAKANA_MESSAGE,
      description: KATAKANA_HELP,
    }),
    {
      path: 'address.addressFirstLine',
      label: 'Address (first line)',
      type: 'text',
      required: true,
      section: 'address',
      autocomplete: 'address-line1',
    },
    {
      path: 'address.city',
      label: 'City',
      type: 'text',
      required: true,
      section: 'address',
      autocomplete: 'address-level2',
    },
    {
      path: 'address.countryIso3Code',
      label: 'Country',
      type: 'country',
      required: true,
      section: 'address',
      ui: { country: { source: 'iso-alpha3-lower' } },
    },
    {
      path: 'address.postCode',
      label: 'Post code',
      type: 'text',
      section: 'address',
      autocomplete: 'postal-code',
    },
    {
      path: 'address.stateCode',
      label: 'State, province or territory',
      type: 'text',
      maxLength: 5,
      section: 'address',
      visibleWhen: { field: 'address.countryIso3Code', oneOf: WISE_STATE_COUNTRIES },
      requiredWhen: { field: 'address.countryIso3Code', oneOf: WISE_STATE_COUNTRIES },
      ui: { choices: WISE_STATES, choicesGroupedBy: 'address.countryIso3Code', showAsRequired: true },
    },
    {
      path: 'nationality',
      label: 'Nationality',
      type: 'country',
      section: 'personal',
      description: NOT_ON_FILE,
      ui: { country: { source: 'iso-alpha3-lower' } },
    },
    {
      path: 'dateOfBirth',
      label: 'Date of birth',
      type: 'date',
      required: true,
      maxDate: 'today',
      section: 'personal',
      autocomplete: 'bday',
    },
    {
      path: 'contactDetails.email',
      label: 'E-mail',
      type: 'email',
      section: 'contact',
      autocomplete: 'email',
    },
    {
      path: 'contactDetails.phoneNumber',
      label: 'Phone number',
      type: 'phone',
      section: 'contact',
      autocomplete: 'tel',
    },
    {
      path: 'occupations',
      label: 'Occupations',
      type: 'list',
      section: 'occupations',
      description:
        'Required for residents of Canada, India, Japan, Indonesia, Israel, Mexico and New Mexico (US). ' +
        NOT_ON_FILE,
      ui: { list: { itemLabel: 'Occupation' } },
      items: [{ path: 'code', label: 'Occupation', type: 'text', required: true, maxLength: 100 }],
    },
    {
      path: 'externalCustomerId',
      label: 'External customer id',
      type: 'text',
      section: 'reference',
      description: 'Your own reference for this customer. ' + NOT_ON_FILE,
    },
  ],
};
