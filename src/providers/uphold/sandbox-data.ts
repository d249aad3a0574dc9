// Sandbox data that behaves like Uphold's: the country list with restrictions per scope, and the profile hint,
// which grows as questions are answered (progressive disclosure).
import countries from 'i18n-iso-countries';
import { RuleEffect, type JsonSchema7, type UISchemaElement } from '@jsonforms/core';
import type { FieldRule, ProfileHint, UpholdCountry } from './uphold-types';

const RESTRICTED: Record<string, string[]> = {
  KP: ['citizenship', 'residence', 'geolocation', 'phone'],
  IR: ['citizenship', 'residence', 'geolocation', 'phone'],
  SY: ['citizenship', 'residence', 'geolocation'],
  CU: ['citizenship', 'residence', 'geolocation'],
  RU: ['citizenship', 'residence'],
  AF: ['residence'],
};

/** Regions by ISO 3166-2 code: Uphold's names in each language it answers in, and the scopes closed to them. */
interface SandboxSubdivision {
  code: string;
  names: { en: string; de: string; ja: string };
  scopes?: string[];
}
const SUBDIVISIONS: Record<string, SandboxSubdivision[]> = {
  GB: [
    { code: 'GB-LND', names: { en: 'London', de: 'London', ja: 'ロンドン' } },
    { code: 'GB-MAN', names: { en: 'Manchester', de: 'Manchester', ja: 'マンチェスター' } },
    { code: 'GB-EDH', names: { en: 'Edinburgh', de: 'Edinburgh', ja: 'エディンバラ' } },
    { code: 'GB-CRF', names: { en: 'Cardiff', de: 'Cardiff', ja: 'カーディフ' } },
    { code: 'GB-BFS', names: { en: 'Belfast', de: 'Belfast', ja: 'ベルファスト' } },
  ],
  US: [
    { code: 'US-CA', names: { en: 'California', de: 'Kalifornien', ja: 'カリフォルニア州' } },
    { code: 'US-NY', names: { en: 'New York', de: 'New York', ja: 'ニューヨーク州' } },
    { code: 'US-TX', names: { en: 'Texas', de: 'Texas', ja: 'テキサス州' } },
    { code: 'US-HI', names: { en: 'Hawaii', de: 'Hawaii', ja: 'ハワイ州' }, scopes: ['residence'] },
  ],
  PT: [
    { code: 'PT-11', names: { en: 'Lisboa', de: 'Lissabon', ja: 'リスボン' } },
    { code: 'PT-13', names: { en: 'Porto', de: 'Porto', ja: 'ポルト' } },
  ],
};

/** The language of an Accept-Language header that the sandbox answers in (English for any other). */
const answerLanguage = (acceptLanguage: string | null | undefined): 'en' | 'de' | 'ja' => {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'de' || first === 'ja' ? first : 'en';
};

let englishNames: Intl.DisplayNames | undefined;
const englishName = (code: string) => {
  try {
    englishNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * Every ISO country, in English (Uphold's names; the editor localises them with Intl), with the regions named in
 * the language asked for (as Uphold answers in the Accept-Language it is sent).
 */
export function sandboxCountries(acceptLanguage?: string | null): UpholdCountry[] {
  const language = answerLanguage(acceptLanguage);
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({
      code,
      name: englishName(code),
      asset: code === 'GB' ? 'GBP' : code === 'US' ? 'USD' : 'EUR',
      restrictions: (RESTRICTED[code] ?? []).map((scope) => ({ scope })),
      subdivisions: (SUBDIVISIONS[code] ?? []).map(({ code: sub, names, scopes = [] }) => ({
        code: sub,
        name: names[language],
        restrictions: scopes.map((scope) => ({ scope })),
      })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const isRestricted = (code: unknown, scope: string) => {
  if (typeof code !== 'string') return false;
  return (RESTRICTED[code] ?? []).includes(scope) || !countries.isValid(code);
};

const COUNTRY_CODE = { type: 'string', pattern: '^[A-Z]{2}$' };
const countriesExcept = (scope: string) => ({
  data: { source: 'countries', exclude: { restrictions: [{ scope }] } },
});
const control = (label: string, scope: string, options?: Record<string, unknown>): UISchemaElement => ({
  type: 'Control',
  label,
  scope,
  ...(options && { options }),
});

const DETAILS = '#/properties/details/properties';

/** The contract's first hint: the three details questions. */
function detailsQuestions() {
  return {
    schema: {
      fullName: {
        title: 'What is your full name?',
        type: 'string',
        pattern: '^\\S+\\s+\\S+(\\s+\\S+)*$',
        minLength: 2,
        maxLength: 255,
      },
      primaryCitizenship: { title: 'What is your primary citizenship?', ...COUNTRY_CODE },
      birthdate: { title: 'What is your date of birth?', type: 'string', format: 'date' },
    },
    required: ['fullName', 'primaryCitizenship', 'birthdate'],
    ui: [
      control('Full name', `${DETAILS}/fullName`),
      control('Primary citizenship', `${DETAILS}/primaryCitizenship`, countriesExcept('citizenship')),
      control('Date of birth', `${DETAILS}/birthdate`, {
        rules: [
          { rule: 'difference-greater-than-or-equal-to-threshold', threshold: { limit: 18, unit: 'years' } },
          { rule: 'difference-less-than-or-equal-to-threshold', threshold: { limit: 100, unit: 'years' } },
        ],
      }),
    ],
  };
}

/** Asked once the details are answered: other citizenships and the place of birth. */
function moreDetailsQuestions() {
  return {
    schema: {
      otherCitizenships: {
        title: 'Do you hold any other citizenships?',
        type: 'array',
        uniqueItems: true,
        maxItems: 5,
        items: COUNTRY_CODE,
      },
      birthplace: {
        title: 'Where were you born?',
        type: 'object',
        additionalProperties: false,
        properties: {
          country: { title: 'Country of birth', ...COUNTRY_CODE },
          town: { title: 'Town of birth', type: 'string', minLength: 1, maxLength: 255 },
        },
        required: ['country', 'town'],
      },
    },
    required: ['birthplace'],
    ui: [
      control('Other citizenships', `${DETAILS}/otherCitizenships`, countriesExcept('citizenship')),
      {
        type: 'Group',
        label: 'Place of birth',
        elements: [
          { type: 'Label', text: 'As written in your passport.' },
          // Uphold's older spelling of the data source option.
          control('Country of birth', `${DETAILS}/birthplace/properties/country`, {
            dataSource: 'countries',
          }),
          {
            ...control('Town of birth', `${DETAILS}/birthplace/properties/town`),
            rule: {
              effect: RuleEffect.SHOW,
              condition: { scope: `${DETAILS}/birthplace/properties/country`, schema: COUNTRY_CODE },
            },
          },
        ],
      } as UISchemaElement,
    ],
  };
}

const ADDRESS = '#/properties/address/properties';

/** A second category (scenario `second-category`): the residential address. */
function addressCategory() {
  return {
    schema: {
      title: 'Address',
      type: 'object',
      additionalProperties: false,
      properties: {
        country: { title: 'Country of residence', ...COUNTRY_CODE },
        line1: { title: 'Address line 1', type: 'string', minLength: 1, maxLength: 255 },
        line2: { title: 'Address line 2', type: 'string', maxLength: 255 },
        city: { title: 'City', type: 'string', minLength: 1, maxLength: 255 },
        postalCode: { title: 'Postal code', type: 'string', format: 'postal-code', maxLength: 16 },
      },
      required: ['country', 'line1', 'city', 'postalCode'],
    },
    ui: {
      type: 'Category',
      label: 'Address',
      elements: [
        control('Country of residence', `${ADDRESS}/country`, countriesExcept('residence')),
        control('Address line 1', `${ADDRESS}/line1`),
        control('Address line 2', `${ADDRESS}/line2`),
        {
          type: 'HorizontalLayout',
          elements: [
            control('City', `${ADDRESS}/city`),
            control('Postal code', `${ADDRESS}/postalCode`, { dependsOn: `${ADDRESS}/country` }),
          ],
        },
      ],
    } as UISchemaElement,
  };
}

const ACCOUNT = '#/properties/accountUse/properties';

/** Scenario `account-questions`: a due-diligence style category in JSON Schema 2020-12 (as Uphold writes them). */
function accountCategory() {
  return {
    schema: {
      title: 'About your account',
      type: 'object',
      unevaluatedProperties: false,
      properties: {
        purposes: {
          title: 'What will you use Uphold for?',
          type: 'array',
          uniqueItems: true,
          minItems: 1,
          maxItems: 3,
          items: {
            oneOf: [
              { const: 'investing', title: 'Investing' },
              { const: 'payments', title: 'Sending and receiving payments' },
              { const: 'savings', title: 'Saving' },
              { const: 'trading', title: 'Trading' },
            ],
          },
        },
        employment: {
          title: 'What is your employment status?',
          type: 'string',
          oneOf: [
            { const: 'employed', title: 'Employed' },
            { const: 'self-employed', title: 'Self-employed' },
            { const: 'retired', title: 'Retired' },
            { const: 'student', title: 'Student' },
          ],
        },
        employer: { title: 'Who is your employer?', type: 'string', minLength: 1, maxLength: 255 },
      },
      required: ['purposes', 'employment'],
      if: { properties: { employment: { const: 'employed' } }, required: ['employment'] },
      then: { required: ['employer'] },
    },
    ui: {
      type: 'Category',
      label: 'About your account',
      elements: [
        control('Uses', `${ACCOUNT}/purposes`),
        control('Employment status', `${ACCOUNT}/employment`),
        {
          ...control('Employer', `${ACCOUNT}/employer`),
          rule: {
            effect: RuleEffect.SHOW,
            condition: { scope: `${ACCOUNT}/employment`, schema: { const: 'employed' } },
          },
        },
      ],
    } as UISchemaElement,
  };
}

export interface HintStage {
  detailsAnswered: boolean;
  secondCategory: boolean;
  unknownQuestion: boolean;
  accountQuestions?: boolean;
}

/** The hint for what has been answered so far. */
export function sandboxHint(stage: HintStage): ProfileHint {
  const first = detailsQuestions();
  const more = stage.detailsAnswered ? moreDetailsQuestions() : undefined;
  const detailsElements: UISchemaElement[] = [...first.ui, ...(more?.ui ?? [])];
  if (stage.unknownQuestion) {
    detailsElements.push({ type: 'Signature', label: 'Sign to confirm your answers' } as UISchemaElement);
  }
  const properties: Record<string, unknown> = {
    details: {
      title: 'Details',
      type: 'object',
      additionalProperties: false,
      properties: { ...first.schema, ...more?.schema },
      required: [...first.required, ...(more?.required ?? [])],
    },
  };
  const categories: UISchemaElement[] = [{ type: 'Category', label: 'Details', elements: detailsElements }];
  if (stage.detailsAnswered && stage.secondCategory) {
    const address = addressCategory();
    properties.address = address.schema;
    categories.push(address.ui);
  }
  if (stage.detailsAnswered && stage.accountQuestions) {
    const account = accountCategory();
    properties.accountUse = account.schema;
    categories.push(account.ui);
  }
  return {
    type: 'form',
    formId: '6b1d3c52-2f0e-4f6e-9a55-1b1c0c5f7e11',
    schema: { type: 'object', additionalProperties: false, properties } as JsonSchema7,
    uiSchema: { type: 'Categorization', elements: categories },
  };
}

/** The flat profile's rules (scenario `flat-profile`): what the partner lets the user see and change. */
export const FLAT_RULES: Record<string, FieldRule> = {
  fullName: { presence: 'required', editable: true },
  birthdate: { presence: 'required', editable: false },
  primaryCitizenship: { presence: 'required', editable: true },
  otherCitizenships: { presence: 'disallowed', editable: false },
  birthplace: {
    presence: 'optional',
    editable: true,
    rules: {
      country: { presence: 'required', editable: true },
      town: { presence: 'optional', editable: true },
    },
  },
  address: {
    presence: 'required',
    editable: true,
    rules: {
      line1: { presence: 'required', editable: true },
      line2: { presence: 'optional', editable: true },
      city: { presence: 'required', editable: true },
      subdivision: { presence: 'required', editable: true },
      postalCode: { presence: 'optional', editable: true },
    },
  },
};

export const FLAT_SEED = {
  fullName: 'John Doe',
  birthdate: '1987-01-01',
  primaryCitizenship: 'GB',
  birthplace: { country: 'GB', town: 'London' },
  address: { line1: '1 Deansgate', city: 'Manchester', subdivision: 'GB-MAN', postalCode: 'M3 1AZ' },
};
