// Wise personal profile (PUT /v2/profiles/{profileId}/personal-profile): the field spec the form is made from.
// Wise does not publish which fields lock once a profile is verified; our decision is WISE_LOCKED_WHEN_VERIFIED.
import type { FieldSpec, FormSpec } from '../../forms/generator/field-spec';
import { wiseMessages, type WiseText } from './wise-messages';
import { WISE_STATE_COUNTRIES, WISE_STATES } from './wise-states';

const english = wiseMessages.in('en');

/** Identity fields Wise has checked against documents; changing them needs Wise support, not this form. */
export const WISE_LOCKED_WHEN_VERIFIED = ['firstName', 'lastName', 'dateOfBirth', 'nationality'] as const;
export const LOCKED_REASON = english('locked');

/** Not returned by Wise's profile read although the update accepts them: never sent empty. */
export const WISE_NOT_READ = [
  'nationality',
  'externalCustomerId',
  'firstNameInKana',
  'lastNameInKana',
  'occupations',
] as const;
export const NOT_ON_FILE = english('notOnFile');

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
const name = (path: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path,
  label,
  type: 'text',
  maxLength: 30,
  section: 'name',
  ...extra,
});

/** The spec in a locale's words (its structure is the same in every language). */
export const wiseSpecIn = (t: WiseText): FormSpec => {
  const notOnFile = t('notOnFile');
  const KATAKANA_MESSAGE = t('katakana.message');
  const KATAKANA_HELP = t('katakana.help', { notOnFile });
  return {
    sections: [
      { id: 'name', label: t('sections.name') },
      { id: 'kana', label: t('sections.kana'), description: t('sections.kanaDescription') },
      { id: 'address', label: t('sections.address') },
      { id: 'personal', label: t('sections.personal') },
      { id: 'contact', label: t('sections.contact') },
      { id: 'occupations', label: t('sections.occupations') },
      { id: 'reference', label: t('sections.reference') },
    ],
    fields: [
      name('firstName', t('fields.firstName'), {
        required: true,
        description: t('fields.firstNameHelp'),
        autocomplete: 'given-name',
      }),
      name('lastName', t('fields.lastName'), { required: true, autocomplete: 'family-name' }),
      name('preferredName', t('fields.preferredName'), {
        description: t('fields.preferredNameHelp'),
        autocomplete: 'nickname',
      }),
      name('firstNameInKana', t('fields.firstNameInKana'), {
        section: 'kana',
        pattern: KATAKANA,
        patternMessage: KATAKANA_MESSAGE,
        description: KATAKANA_HELP,
      }),
      name('lastNameInKana', t('fields.lastNameInKana'), {
        section: 'kana',
        pattern: KATAKANA,
        patternMessage: KATAKANA_MESSAGE,
        description: KATAKANA_HELP,
      }),
      {
        path: 'address.addressFirstLine',
        label: t('fields.addressFirstLine'),
        type: 'text',
        required: true,
        section: 'address',
        autocomplete: 'address-line1',
      },
      {
        path: 'address.city',
        label: t('fields.city'),
        type: 'text',
        required: true,
        section: 'address',
        autocomplete: 'address-level2',
      },
      {
        path: 'address.countryIso3Code',
        label: t('fields.country'),
        type: 'country',
        required: true,
        section: 'address',
        ui: { country: { source: 'iso-alpha3-lower' } },
      },
      {
        path: 'address.postCode',
        label: t('fields.postCode'),
        type: 'text',
        section: 'address',
        autocomplete: 'postal-code',
      },
      {
        path: 'address.stateCode',
        label: t('fields.stateCode'),
        type: 'text',
        maxLength: 5,
        section: 'address',
        visibleWhen: { field: 'address.countryIso3Code', oneOf: WISE_STATE_COUNTRIES },
        requiredWhen: { field: 'address.countryIso3Code', oneOf: WISE_STATE_COUNTRIES },
        ui: { choices: WISE_STATES, choicesGroupedBy: 'address.countryIso3Code', showAsRequired: true },
      },
      {
        path: 'nationality',
        label: t('fields.nationality'),
        type: 'country',
        section: 'personal',
        description: notOnFile,
        ui: { country: { source: 'iso-alpha3-lower' } },
      },
      {
        path: 'dateOfBirth',
        label: t('fields.dateOfBirth'),
        type: 'date',
        required: true,
        maxDate: 'today',
        section: 'personal',
        autocomplete: 'bday',
      },
      {
        path: 'contactDetails.email',
        label: t('fields.email'),
        type: 'email',
        section: 'contact',
        autocomplete: 'email',
      },
      {
        path: 'contactDetails.phoneNumber',
        label: t('fields.phoneNumber'),
        type: 'phone',
        section: 'contact',
        autocomplete: 'tel',
      },
      {
        path: 'occupations',
        label: t('fields.occupations'),
        type: 'list',
        section: 'occupations',
        description: t('fields.occupationsHelp', { notOnFile }),
        ui: { list: { itemLabel: t('fields.occupation') } },
        items: [
          { path: 'code', label: t('fields.occupation'), type: 'text', required: true, maxLength: 100 },
        ],
      },
      {
        path: 'externalCustomerId',
        label: t('fields.externalCustomerId'),
        type: 'text',
        section: 'reference',
        description: t('fields.externalCustomerIdHelp', { notOnFile }),
      },
    ],
  };
};

/** The spec in English. */
export const wiseSpec = wiseSpecIn(english);
