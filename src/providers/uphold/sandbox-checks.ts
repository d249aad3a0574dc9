// The sandbox's checks on a PATCH, as Uphold runs them: the body against the current hint schema (400 with
// violations) and the business rules of the contract's 409 examples (profile, address, tax details).
import type { ErrorObject } from 'ajv';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { validateWith } from '../../forms/ajv';
import { isRestricted } from './sandbox-data';
import type { KycHint, UpholdErrorBody } from './uphold-types';

type Input = Record<string, unknown>;

const conflict = (code: string, message: string, property?: string, extra: object = {}): UpholdErrorBody => ({
  code,
  message,
  details: { ...extra, ...(property && { context: 'body', property }) },
});

export const validationFailed = (
  violations: NonNullable<UpholdErrorBody['details']>['violations'],
): UpholdErrorBody => ({
  code: 'validation_failed',
  message: 'The request is not valid',
  details: { violations },
});

const dotted = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('');

/** AJV errors as Uphold's violations: `{ property: 'input.details.fullName', rule, ruleParams }` (a questionnaire's
 * are under `input.answers`). */
export function schemaViolations(schema: object, input: Input, prefix = 'input') {
  return validateWith(schema, input)
    .filter((e: ErrorObject) => !['if', 'allOf', 'anyOf', 'oneOf', 'not'].includes(e.keyword))
    .map((e: ErrorObject) => {
      const missing = e.params as {
        missingProperty?: string;
        additionalProperty?: string;
        unevaluatedProperty?: string;
      };
      const leaf = missing.missingProperty ?? missing.additionalProperty ?? missing.unevaluatedProperty;
      return {
        property: `${prefix}${dotted(e.instancePath)}${leaf ? `.${leaf}` : ''}`,
        rule: e.keyword,
        ruleParams: e.params,
      };
    });
}

/** Whole years (and the remainder) between a birth date and today, as Uphold counts them. */
function yearsSince(date: string, today = new Date()): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let years = today.getUTCFullYear() - year;
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeBirthday) years -= 1;
  return years;
}

const NAME = /^[\p{L}\p{M}' .-]+$/u;
const PO_BOX = /\b(p\.?\s*o\.?\s*box|post\s+office\s+box)\b/i;

/** The contract's 409 checks for a `details`-shaped object at `prefix` ('input.details' or 'input'). */
export function detailsConflict(details: Input, prefix: string): UpholdErrorBody | undefined {
  if (typeof details.fullName === 'string' && !NAME.test(details.fullName)) {
    return conflict('invalid_characters', 'The request has invalid characters', `${prefix}.fullName`);
  }
  if (typeof details.birthdate === 'string') {
    const years = yearsSince(details.birthdate);
    if (years !== undefined && years < 18) {
      return conflict(
        'date_invalid',
        'The date must be older than or equal to 18 years ago',
        `${prefix}.birthdate`,
        { rule: 'difference-greater-than-or-equal-to-threshold', threshold: { limit: 18, unit: 'years' } },
      );
    }
    if (years !== undefined && years >= 100 && !(years === 100 && isBirthday(details.birthdate))) {
      return conflict(
        'date_invalid',
        'The date must be newer than or equal to 100 years from now',
        `${prefix}.birthdate`,
        { rule: 'difference-less-than-or-equal-to-threshold', threshold: { limit: 100, unit: 'years' } },
      );
    }
  }
  const unsupported = (property: string) =>
    conflict('country_not_supported', 'The country is not supported', property);
  if (isRestricted(details.primaryCitizenship, 'citizenship')) {
    return unsupported(`${prefix}.primaryCitizenship`);
  }
  const others = Array.isArray(details.otherCitizenships) ? details.otherCitizenships : [];
  const other = others.findIndex((code) => isRestricted(code, 'citizenship'));
  if (other >= 0) return unsupported(`${prefix}.otherCitizenships[${other}]`);
  const birthplace = details.birthplace as Input | undefined;
  if (birthplace && isRestricted(birthplace.country, 'citizenship')) {
    return unsupported(`${prefix}.birthplace.country`);
  }
  return undefined;
}

function isBirthday(date: string, today = new Date()) {
  return date.slice(5) === today.toISOString().slice(5, 10);
}

/** The address checks: no PO boxes, a country open to residents, a postal code that fits the country. */
export function addressConflict(address: Input, prefix: string): UpholdErrorBody | undefined {
  const lines = [address.line1, address.line2].filter((l): l is string => typeof l === 'string');
  if (lines.some((line) => PO_BOX.test(line))) {
    return { code: 'po_boxes_not_allowed', message: 'PO boxes are not allowed' };
  }
  if (address.country !== undefined && isRestricted(address.country, 'residence')) {
    return conflict('country_not_supported', 'The country is not supported', `${prefix}.country`);
  }
  const country =
    typeof address.country === 'string'
      ? address.country
      : typeof address.subdivision === 'string'
        ? address.subdivision.slice(0, 2)
        : undefined;
  const postalCode = address.postalCode;
  if (
    country &&
    typeof postalCode === 'string' &&
    postcodeValidatorExistsForCountry(country) &&
    !postcodeValidator(postalCode, country)
  ) {
    return conflict('postal_code_invalid', 'The postal code is not valid', `${prefix}.postalCode`);
  }
  return undefined;
}

const isRecord = (value: unknown): value is Input =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TIN_FORMATS: Record<string, RegExp> = {
  // A UTR (10 digits) or a National Insurance number.
  GB: /^(\d{10}|[A-Z]{2}\d{6}[A-D])$/i,
  US: /^\d{3}-?\d{2}-?\d{4}$/,
  PT: /^\d{9}$/,
  DE: /^\d{11}$/,
};

/** The sandbox's business checks on one tax details category (409s, as Uphold answers them). */
export function taxConflict(
  category: string,
  value: Input,
  profileName: unknown,
): UpholdErrorBody | undefined {
  if (category === 'taxIdentification' && Array.isArray(value.documents)) {
    const index = value.documents.findIndex((document) => {
      if (!isRecord(document) || typeof document.number !== 'string') return false;
      const format = TIN_FORMATS[String(document.country)];
      return format !== undefined && !format.test(document.number.trim());
    });
    if (index >= 0) {
      return conflict(
        'tin_invalid',
        'The tax identification number is not valid for the country',
        `input.taxIdentification.documents[${index}].number`,
      );
    }
  }
  const signature = value['w9-signature'];
  if (category === 'tax-identification' && typeof signature === 'string' && typeof profileName === 'string') {
    const same = signature.trim().toLowerCase() === profileName.trim().toLowerCase();
    if (!same) {
      return conflict(
        'signature_mismatch',
        'The signature does not match the name on the profile',
        'input.answers.tax-identification.w9-signature',
      );
    }
  }
  return undefined;
}

/** A process PATCH's one category, checked as Uphold would (a questionnaire's against its current formId): the
 * error to send, or the category and its value. */
export function readCategory(body: Input, hint: KycHint, style: 'direct' | 'questionnaire') {
  const input = body.input;
  if (!isRecord(input)) return { error: validationFailed([{ property: 'input', rule: 'required' }]) };
  let answers = input;
  let prefix = 'input';
  if (style === 'questionnaire') {
    if (input.formId !== hint.formId) {
      return {
        status: 409,
        error: {
          code: 'form_outdated',
          message: 'The form was replaced by a newer one',
          details: { context: 'body', property: 'input.formId' },
        },
      };
    }
    if (!isRecord(input.answers))
      return { error: validationFailed([{ property: 'input.answers', rule: 'required' }]) };
    answers = input.answers;
    prefix = 'input.answers';
  }
  const keys = Object.keys(answers);
  if (keys.length !== 1) {
    const rule = keys.length === 0 ? 'minProperties' : 'maxProperties';
    return { error: validationFailed([{ property: prefix, rule, ruleParams: { limit: 1 } }]) };
  }
  const category = keys[0] ?? '';
  const properties = hint.schema.properties ?? {};
  if (!(category in properties)) {
    return { error: validationFailed([{ property: `${prefix}.${category}`, rule: 'additionalProperties' }]) };
  }
  const categorySchema = {
    type: 'object',
    properties: { [category]: properties[category] },
    required: [category],
  };
  const violations = schemaViolations(categorySchema, answers, prefix);
  if (violations.length > 0) return { error: validationFailed(violations) };
  const value = answers[category];
  if (!isRecord(value))
    return { error: validationFailed([{ property: `${prefix}.${category}`, rule: 'type' }]) };
  return { category, value };
}
