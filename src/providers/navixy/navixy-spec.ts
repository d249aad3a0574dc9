// Navixy personal info (POST /user/personal_info/update): the field spec the form is generated from.
// `legal_type` decides which fields exist; the keys are Navixy's own parameter names.
import type { Condition, FieldSpec, FormSpec } from '../../forms/generator/field-spec';

export const LEGAL_TYPES = [
  { value: 'individual', label: 'Individual' },
  { value: 'sole_trader', label: 'Sole trader' },
  { value: 'legal_entity', label: 'Legal entity' },
] as const;
export type LegalType = (typeof LEGAL_TYPES)[number]['value'];

/** Registered address, `tin`, `okpo_code`, `state_reg_num`: legal entities and sole traders. */
export const BUSINESS: Condition = { field: 'legal_type', oneOf: ['legal_entity', 'sole_trader'] };
/** `iec` and `legal_name`: legal entities only. */
export const LEGAL_ENTITY: Condition = { field: 'legal_type', equals: 'legal_entity' };

/** Accepted by the update but never returned by user/get_info: never sent empty (omitted = left as it is). */
export const NOT_ON_FILE_FIELDS = ['okpo_code', 'state_reg_num'] as const;
export const NOT_ON_FILE =
  'Not on file: Navixy does not show the value it holds. Leave empty to keep it; type a value to replace it.';

/** Optional; "0-15 digits". Spaces, dashes, brackets and a leading + are accepted and removed before sending. */
const PHONE_PATTERN = '^\\+?[\\s().-]*(?:\\d[\\s().-]*){0,15}$';

const text = (path: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path,
  label,
  type: 'text',
  ...extra,
});

/** The country picker's list for Navixy's address countries (see navixy-countries.ts). */
export const NAVIXY_COUNTRY_SOURCE = 'navixy-countries';

/** Each label names its address (two "City" fields would be ambiguous); registered-address fields autocomplete
 * in their own section, so browsers do not mix them with the postal ones. */
const address = (prefix: 'post' | 'registered'): FieldSpec[] => {
  const which = prefix === 'post' ? 'postal' : 'registered';
  const field = (name: string, label: string, token: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
    text(`${prefix}_${name}`, `${label} (${which})`, {
      section: prefix,
      autocomplete: prefix === 'registered' ? `section-registered ${token}` : token,
      ...extra,
    });
  return [
    // Navixy keeps the country as free text; the picker stores its English name ("Germany"), as Navixy's own
    // examples do, and shows any other stored text as it is.
    field('country', 'Country', 'country-name', {
      type: 'country',
      ui: { country: { source: NAVIXY_COUNTRY_SOURCE } },
    }),
    field('index', 'Postcode', 'postal-code'),
    field('region', 'Region or state', 'address-level1'),
    field('city', 'City', 'address-level2'),
    field('street_address', 'Street address', 'street-address'),
  ];
};

export const navixySpec: FormSpec = {
  sections: [
    { id: 'contact', label: 'Contact person' },
    {
      id: 'business',
      label: 'Business details',
      description: 'For legal entities and sole traders.',
      visibleWhen: BUSINESS,
    },
    { id: 'post', label: 'Postal address' },
    { id: 'registered', label: 'Registered address', visibleWhen: BUSINESS },
  ],
  fields: [
    {
      path: 'legal_type',
      label: 'Legal type',
      type: 'enum',
      required: true,
      options: LEGAL_TYPES,
      description: 'Decides which details Navixy keeps for the account.',
      ui: { choices: LEGAL_TYPES },
    },
    text('first_name', 'First name', {
      section: 'contact',
      required: true,
      minLength: 1,
      autocomplete: 'given-name',
    }),
    text('middle_name', 'Middle name', { section: 'contact', autocomplete: 'additional-name' }),
    text('last_name', 'Last name', {
      section: 'contact',
      required: true,
      minLength: 1,
      autocomplete: 'family-name',
    }),
    text('phone', 'Phone', {
      section: 'contact',
      pattern: PHONE_PATTERN,
      patternMessage: 'Use up to 15 digits, country code first, e.g. 49 176 1234567.',
      description: 'Optional. Digits with the country code, e.g. 49 176 1234567.',
      autocomplete: 'tel',
    }),
    text('legal_name', 'Legal name', {
      section: 'business',
      visibleWhen: LEGAL_ENTITY,
      requiredWhen: LEGAL_ENTITY,
      description: 'Required for legal entities.',
      autocomplete: 'organization',
    }),
    text('tin', 'Taxpayer identification number (TIN)', {
      section: 'business',
      requiredWhen: BUSINESS,
      description: 'Required. VAT number, EIN, INN or the equivalent.',
    }),
    text('iec', 'Industrial Enterprises Classifier (KPP)', {
      section: 'business',
      visibleWhen: LEGAL_ENTITY,
      description: 'Used in Russia; leave empty elsewhere.',
    }),
    text('okpo_code', 'OKPO code', {
      section: 'business',
      pattern: '^(?:.{8}|.{10})$',
      patternMessage: 'An OKPO code has 8 or 10 characters.',
      maxLength: 10,
      description: NOT_ON_FILE,
    }),
    text('state_reg_num', 'State registration number', {
      section: 'business',
      maxLength: 15,
      description: `E.g. EIN in the USA, OGRN in Russia. ${NOT_ON_FILE}`,
    }),
    ...address('post'),
    ...address('registered'),
  ],
};
