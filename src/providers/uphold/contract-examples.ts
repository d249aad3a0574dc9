// The examples of Uphold's contract (PATCH /core/kyc/processes/profile), verbatim, for tests and the sandbox check.
import type { UISchemaElement } from '@jsonforms/core';
import type { ProfileProcess, UpholdErrorBody } from './uphold-types';

export const PROCESS_UPDATED: { profile: ProfileProcess } = {
  profile: {
    code: 'profile',
    status: 'ok',
    verification: { model: 'uphold-verified', method: 'manual', dependencies: [] },
    input: { details: { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' } },
    hint: {
      type: 'form',
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          details: {
            title: 'Details',
            type: 'object',
            additionalProperties: false,
            properties: {
              fullName: {
                title: 'What is your full name?',
                type: 'string',
                pattern: '^\\S+\\s+\\S+(\\s+\\S+)*$',
                minLength: 2,
                maxLength: 255,
              },
              primaryCitizenship: {
                title: 'What is your primary citizenship?',
                type: 'string',
                pattern: '^[A-Z]{2}$',
              },
              birthdate: { title: 'What is your date of birth?', type: 'string', format: 'date' },
            },
            required: ['fullName', 'primaryCitizenship', 'birthdate'],
          },
        },
      },
      uiSchema: {
        type: 'Categorization',
        elements: [
          {
            label: 'Details',
            type: 'Category',
            elements: [
              { label: 'Full name', type: 'Control', scope: '#/properties/details/properties/fullName' },
              {
                label: 'Primary citizenship',
                type: 'Control',
                scope: '#/properties/details/properties/primaryCitizenship',
                options: {
                  data: { source: 'countries', exclude: { restrictions: [{ scope: 'citizenship' }] } },
                },
              },
              {
                label: 'Date of birth',
                type: 'Control',
                scope: '#/properties/details/properties/birthdate',
                options: {
                  rules: [
                    {
                      rule: 'difference-greater-than-or-equal-to-threshold',
                      threshold: { limit: 18, unit: 'years' },
                    },
                    {
                      rule: 'difference-less-than-or-equal-to-threshold',
                      threshold: { limit: 100, unit: 'years' },
                    },
                  ],
                },
              },
            ],
          },
        ],
      } as UISchemaElement,
    },
  },
};

/** The contract's 409 examples, by title. */
export const CONFLICTS: Record<string, UpholdErrorBody> = {
  'Full Name Contains Invalid Characters': {
    code: 'invalid_characters',
    message: 'The request has invalid characters',
    details: { context: 'body', property: 'input.details.fullName' },
  },
  'User Underage': {
    code: 'date_invalid',
    message: 'The date must be older than or equal to 18 years ago',
    details: {
      rule: 'difference-greater-than-or-equal-to-threshold',
      threshold: { limit: 18, unit: 'years' },
      context: 'body',
      property: 'input.details.birthdate',
    },
  },
  'User Overage': {
    code: 'date_invalid',
    message: 'The date must be newer than or equal to 100 years from now',
    details: {
      rule: 'difference-less-than-or-equal-to-threshold',
      threshold: { limit: 100, unit: 'years' },
      context: 'body',
      property: 'input.details.birthdate',
    },
  },
  'Primary Citizenship Country Not Supported': {
    code: 'country_not_supported',
    message: 'The country is not supported',
    details: { context: 'body', property: 'input.details.primaryCitizenship' },
  },
  'Other Citizenships Country Not Supported': {
    code: 'country_not_supported',
    message: 'The country is not supported',
    details: { context: 'body', property: 'input.details.otherCitizenships[0]' },
  },
  'Place of Birth Country Not Supported': {
    code: 'country_not_supported',
    message: 'The country is not supported',
    details: { context: 'body', property: 'input.details.birthplace.country' },
  },
  'Citizenship Country Update Not Allowed (Deprecated)': {
    code: 'operation_not_allowed',
    message: "Partner-verified 'identity' is required to update citizenship country",
    details: { reasons: ['citizenship-country-update-non-authoritative-identity'] },
  },
};
