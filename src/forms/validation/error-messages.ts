// Turns AJV's terse messages into sentences a person understands, in the locale shown (src/i18n); a schema can override them per keyword
// with `errorMessage: { <keyword>: "…" }` (the generator writes a field spec's patternMessage there).
import type { ErrorObject } from 'ajv';
import { currentLocale } from '../../i18n';
import { formsMessages } from '../forms-messages';
import { patternMessage } from './pattern-messages';

type Params = Record<string, unknown>;

const FORMAT_KEYS = {
  email: 'validation.format.email',
  date: 'validation.format.date',
  'date-time': 'validation.format.dateTime',
  uri: 'validation.format.uri',
  url: 'validation.format.uri',
  phone: 'validation.format.phone',
} as const;

function customMessage(error: ErrorObject): string | undefined {
  const custom = (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
  if (typeof custom === 'string') return custom;
  if (custom && typeof custom === 'object') {
    const byKeyword = (custom as Record<string, unknown>)[error.keyword];
    if (typeof byKeyword === 'string') return byKeyword;
  }
  return undefined;
}

const count = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** The error in words, in the given locale (default: the locale shown). */
export function humanMessage(error: ErrorObject, locale: string = currentLocale()): string {
  const custom = customMessage(error);
  if (custom) return custom;
  const t = formsMessages.in(locale);
  const p = error.params as Params;
  const limit = count(p.limit);
  switch (error.keyword) {
    case 'required':
      return t('validation.required');
    case 'minLength':
      return limit === 1 ? t('validation.required') : t('validation.minLength', { limit });
    case 'maxLength':
      return t('validation.maxLength', { limit });
    case 'pattern':
      return patternMessage(p.pattern, locale);
    case 'format': {
      const key = FORMAT_KEYS[String(p.format) as keyof typeof FORMAT_KEYS] as string | undefined;
      return key
        ? t(key as (typeof FORMAT_KEYS)[keyof typeof FORMAT_KEYS])
        : t('validation.format.other', { format: String(p.format) });
    }
    case 'formatMaximum':
    case 'formatExclusiveMaximum':
      return p.limit === new Date().toISOString().slice(0, 10)
        ? t('validation.dateNotFuture')
        : t('validation.dateOnOrBefore', { limit: String(p.limit) });
    case 'formatMinimum':
    case 'formatExclusiveMinimum':
      return t('validation.dateOnOrAfter', { limit: String(p.limit) });
    case 'minimum':
    case 'exclusiveMinimum':
      return t('validation.minimum', { limit });
    case 'maximum':
    case 'exclusiveMaximum':
      return t('validation.maximum', { limit });
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return t('validation.chooseOption');
    case 'type':
      return p.type === 'number' || p.type === 'integer' ? t('validation.number') : t('validation.wrongType');
    case 'minItems':
      return t('validation.minItems', { limit });
    case 'maxItems':
      return t('validation.maxItems', { limit });
    case 'uniqueItems':
      return t('validation.uniqueItems');
    case 'unexpectedProperty':
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return t('validation.notAsked');
    case 'minProperties':
      return t('validation.minProperties', { limit });
    case 'maxProperties':
      return t('validation.maxProperties', { limit });
    default:
      return error.message
        ? t('validation.otherKeyword', { message: error.message })
        : t('validation.invalid');
  }
}

/** The keywords humanMessage words itself; errors of other keywords (our validators', a provider's) carry theirs. */
export const SCHEMA_KEYWORDS = new Set([
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'formatMaximum',
  'formatExclusiveMaximum',
  'formatMinimum',
  'formatExclusiveMinimum',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'type',
  'minItems',
  'maxItems',
  'uniqueItems',
  'unexpectedProperty',
  'additionalProperties',
  'unevaluatedProperties',
  'minProperties',
  'maxProperties',
]);
