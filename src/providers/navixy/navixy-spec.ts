// Navixy personal info (POST /user/personal_info/update): the field spec the form is generated from, in a
// locale's words. `legal_type` decides which fields exist; the keys are Navixy's own parameter names.
import type { Condition, FieldSpec, FormSpec } from '../../forms/generator/field-spec';
import { navixyMessages, type NavixyText } from './navixy-messages';

const english = navixyMessages.in('en');

const LEGAL_TYPE_VALUES = ['individual', 'sole_trader', 'legal_entity'] as const;
export type LegalType = (typeof LEGAL_TYPE_VALUES)[number];
const legalTypesIn = (t: NavixyText) =>
  LEGAL_TYPE_VALUES.map((value) => ({ value, label: t(`legalTypes.${value}`) }));
/** The legal types with their English labels. */
export const LEGAL_TYPES = legalTypesIn(english);

/** Registered address, `tin`, `okpo_code`, `state_reg_num`: legal entities and sole traders. */
export const BUSINESS: Condition = { field: 'legal_type', oneOf: ['legal_entity', 'sole_trader'] };
/** `iec` and `legal_name`: legal entities only. */
export const LEGAL_ENTITY: Condition = { field: 'legal_type', equals: 'legal_entity' };

/** Accepted by the update but never returned by user/get_info: never sent empty (omitted = left as it is). */
export const NOT_ON_FILE_FIELDS = ['okpo_code', 'state_reg_num'] as const;
export const NOT_ON_FILE = english('notOnFile');

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
const address = (t: NavixyText, prefix: 'post' | 'registered'): FieldSpec[] => {
  const which = t(`address.${prefix}`);
  type Part = 'country' | 'index' | 'region' | 'city' | 'streetAddress';
  const field = (name: string, part: Part, token: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
    text(`${prefix}_${name}`, t(`address.${part}`, { which }), {
      section: prefix,
      autocomplete: prefix === 'registered' ? `section-registered ${token}` : token,
      ...extra,
    });
  return [
    // Navixy keeps the country as free text; the picker stores its English name ("Germany"), as Navixy's own
    // examples do, and shows any other stored text as it is.
    field('country', 'country', 'country-name', {
      type: 'country',
      ui: { country: { source: NAVIXY_COUNTRY_SOURCE } },
    }),
    field('index', 'index', 'postal-code'),
    field('region', 'region', 'address-level1'),
    field('city', 'city', 'address-level2'),
    field('street_address', 'streetAddress', 'street-address'),
  ];
};

export const navixySpecIn = (t: NavixyText): FormSpec => {
  const legalTypes = legalTypesIn(t);
  return {
    // The legal type sits in the business card (always shown: it decides the rest of that card and the others).
    sections: [
      { id: 'business', label: t('sections.business'), description: t('sections.businessDescription') },
      { id: 'contact', label: t('sections.contact') },
      { id: 'post', label: t('sections.post') },
      { id: 'registered', label: t('sections.registered'), visibleWhen: BUSINESS },
    ],
    fields: [
      {
        path: 'legal_type',
        section: 'business',
        label: t('fields.legalType'),
        type: 'enum',
        required: true,
        options: legalTypes,
        description: t('fields.legalTypeHelp'),
        ui: { choices: legalTypes },
      },
      text('first_name', t('fields.firstName'), {
        section: 'contact',
        required: true,
        minLength: 1,
        autocomplete: 'given-name',
      }),
      text('middle_name', t('fields.middleName'), { section: 'contact', autocomplete: 'additional-name' }),
      text('last_name', t('fields.lastName'), {
        section: 'contact',
        required: true,
        minLength: 1,
        autocomplete: 'family-name',
      }),
      text('phone', t('fields.phone'), {
        section: 'contact',
        pattern: PHONE_PATTERN,
        patternMessage: t('fields.phonePattern'),
        description: t('fields.phoneHelp'),
        autocomplete: 'tel',
      }),
      text('legal_name', t('fields.legalName'), {
        section: 'business',
        visibleWhen: LEGAL_ENTITY,
        requiredWhen: LEGAL_ENTITY,
        description: t('fields.legalNameHelp'),
        autocomplete: 'organization',
      }),
      text('tin', t('fields.tin'), {
        section: 'business',
        visibleWhen: BUSINESS,
        requiredWhen: BUSINESS,
        description: t('fields.tinHelp'),
      }),
      text('iec', t('fields.iec'), {
        section: 'business',
        visibleWhen: LEGAL_ENTITY,
        description: t('fields.iecHelp'),
      }),
      text('okpo_code', t('fields.okpoCode'), {
        section: 'business',
        visibleWhen: BUSINESS,
        pattern: '^(?:.{8}|.{10})$',
        patternMessage: t('fields.okpoCodePattern'),
        maxLength: 10,
        description: t('notOnFile'),
      }),
      text('state_reg_num', t('fields.stateRegNum'), {
        section: 'business',
        visibleWhen: BUSINESS,
        maxLength: 15,
        description: t('fields.stateRegNumHelp', { notOnFile: t('notOnFile') }),
      }),
      ...address(t, 'post'),
      ...address(t, 'registered'),
    ],
  };
};

/** The spec in English (its structure is the same in every language). */
export const navixySpec = navixySpecIn(english);
