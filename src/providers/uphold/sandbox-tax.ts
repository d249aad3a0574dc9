// The sandbox's tax details: the tax residency form (direct categories `taxResidency`, then `taxIdentification`
// with one document per country — an array of objects with allOf / if–then conditions, pre-filled by Uphold), or,
// for a U.S. citizen, the W-9 questionnaire (a formId and kebab-case categories).
import type { JsonSchema7 } from '@jsonforms/core';
import {
  category,
  choices,
  control,
  countriesExcept,
  formHint,
  scopeOf,
  type HintCategory,
} from './sandbox-hint-kit';
import { FORM_IDS } from './sandbox-questionnaires';
import type { KycHint } from './uphold-types';

type Answers = Record<string, unknown>;

const isRecord = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const NOT_BLANK = '^\\S.*\\S$|^\\S$';
const UNABLE = 'user-unable-to-obtain-document';

/** The countries the user declared as tax residences. */
export function residencies(answers: Answers): string[] {
  const residency = answers.taxResidency;
  const countries = isRecord(residency) ? residency.countries : undefined;
  return Array.isArray(countries) ? countries.filter((c): c is string => typeof c === 'string') : [];
}

const residency: HintCategory = {
  key: 'taxResidency',
  schema: {
    title: 'Tax residency declaration',
    type: 'object',
    additionalProperties: false,
    properties: {
      countries: {
        title: 'In which countries are you a tax resident?',
        type: 'array',
        uniqueItems: true,
        minItems: 1,
        maxItems: 3,
        items: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
    },
    required: ['countries'],
  },
  ui: category('Tax residency', [
    control('Countries of tax residence', scopeOf('taxResidency', 'countries'), countriesExcept('residence')),
  ]),
};

function identification(countries: string[]): HintCategory {
  const document = (property: string) => `#/properties/${property}`;
  return {
    key: 'taxIdentification',
    schema: {
      title: 'Tax identification',
      description:
        'Give your tax identification number (TIN) for each country where you pay tax.<br>If you have none, tell us why.',
      type: 'object',
      additionalProperties: false,
      properties: {
        documents: {
          title: 'Tax identification numbers',
          type: 'array',
          minItems: countries.length,
          items: {
            title: 'Tax number',
            type: 'object',
            unevaluatedProperties: false,
            properties: {
              country: { title: 'Country', type: 'string', enum: countries },
              type: { title: 'Document type', type: 'string', const: 'tin' },
              number: {
                title: 'Tax identification number (TIN)',
                type: 'string',
                pattern: NOT_BLANK,
                maxLength: 30,
              },
              reason: {
                title: 'If you have no number, why not?',
                type: 'string',
                oneOf: choices([
                  ['country-does-not-issue-document', 'My country does not issue tax numbers'],
                  [UNABLE, 'I cannot get a tax number'],
                  ['law-does-not-require-document', 'The law where I live does not require one'],
                ]),
              },
              justification: {
                title: 'Why can you not get a number?',
                type: 'string',
                pattern: NOT_BLANK,
                maxLength: 1000,
              },
            },
            required: ['country', 'type'],
            allOf: [
              { if: { not: { required: ['number'] } }, then: { required: ['reason'] } },
              {
                if: { properties: { reason: { const: UNABLE } }, required: ['reason'] },
                then: { required: ['justification'] },
              },
            ],
          },
        },
      },
      required: ['documents'],
    } as JsonSchema7,
    ui: category('Tax identification', [
      control('Tax identification numbers', scopeOf('taxIdentification', 'documents'), {
        detail: {
          type: 'VerticalLayout',
          elements: [
            control('Country', document('country'), { data: { source: 'countries' }, readonly: true }),
            control('Tax identification number (TIN)', document('number')),
            {
              ...control('Why you have no number', document('reason')),
              rule: { effect: 'SHOW', condition: { scope: document('number'), schema: { maxLength: 0 } } },
            },
            {
              ...control('Why you cannot get a number', document('justification'), { multi: true }),
              rule: {
                effect: 'SHOW',
                condition: { scope: document('reason'), schema: { const: UNABLE }, failWhenUndefined: true },
              },
            },
          ],
        },
      }),
    ]),
  };
}

const W9_DESCRIPTION =
  'Uphold must collect a W-9 form from U.S. citizens and residents.<br><br>It is used only for the tax forms Uphold sends you each year.';

function w9Categories(answers: Answers): HintCategory[] {
  const usPerson: HintCategory = {
    key: 'us-person',
    schema: {
      title: 'U.S. tax status',
      description: W9_DESCRIPTION,
      type: 'object',
      unevaluatedProperties: false,
      properties: {
        confirmed: {
          title: 'I am a U.S. citizen or resident for tax purposes',
          type: 'boolean',
          const: true,
        },
      },
      required: ['confirmed'],
    } as JsonSchema7,
    ui: category('U.S. tax status', [
      control('I am a U.S. citizen or resident for tax purposes', scopeOf('us-person', 'confirmed')),
    ]),
  };
  if (answers['us-person'] === undefined) return [usPerson];
  const TAX = 'tax-identification';
  return [
    usPerson,
    {
      key: TAX,
      schema: {
        title: 'Taxpayer identification (W-9)',
        type: 'object',
        unevaluatedProperties: false,
        properties: {
          tin: {
            title: 'Social Security number or TIN',
            type: 'string',
            pattern: '^\\d{3}-?\\d{2}-?\\d{4}$',
          },
          'w9-certify-all': {
            title: 'I certify that the information I give is true, correct and complete',
            type: 'boolean',
            const: true,
          },
          'w9-signature': { title: 'Type your full name as your signature', type: 'string', minLength: 2 },
        },
        required: ['tin', 'w9-certify-all', 'w9-signature'],
      } as JsonSchema7,
      ui: category('W-9 form', [
        control('Social Security number or TIN', scopeOf(TAX, 'tin')),
        control(
          'I certify that the information I give is true, correct and complete',
          scopeOf(TAX, 'w9-certify-all'),
        ),
        control('Signature (your full name)', scopeOf(TAX, 'w9-signature')),
      ]),
    },
  ];
}

/** The tax details hint: the W-9 questionnaire for a U.S. citizen, else the residency form (growing). */
export function taxDetailsHint(answers: Answers, usCitizen: boolean): KycHint {
  if (usCitizen) return formHint(FORM_IDS.w9, w9Categories(answers));
  const countries = residencies(answers);
  return formHint(undefined, countries.length === 0 ? [residency] : [residency, identification(countries)]);
}

/** What Uphold fills in itself: one document entry per declared country, until the user has answered. */
export function taxPrefill(answers: Answers): Answers {
  const countries = residencies(answers);
  if (countries.length === 0 || answers.taxIdentification !== undefined) return {};
  return { taxIdentification: { documents: countries.map((country) => ({ country, type: 'tin' })) } };
}
