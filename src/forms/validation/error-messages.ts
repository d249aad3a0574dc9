// Turns AJV's terse messages into sentences a person understands; a schema can override them per keyword
// with `errorMessage: { <keyword>: "…" }` (the generator writes a field spec's patternMessage there).
import type { ErrorObject } from 'ajv';
import { patternMessage } from './pattern-messages';

type Params = Record<string, unknown>;

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Enter an e-mail address such as name@example.com.',
  date: 'Enter a real date (day, month and year).',
  'date-time': 'Enter a real date and time.',
  uri: 'Enter a full web address starting with https://.',
  url: 'Enter a full web address starting with https://.',
  phone: 'Enter the number in international format: + and the country code, e.g. +44 20 7946 0958.',
};

function customMessage(error: ErrorObject): string | undefined {
  const custom = (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
  if (typeof custom === 'string') return custom;
  if (custom && typeof custom === 'object') {
    const byKeyword = (custom as Record<string, unknown>)[error.keyword];
    if (typeof byKeyword === 'string') return byKeyword;
  }
  return undefined;
}

const plural = (n: unknown, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

export function humanMessage(error: ErrorObject): string {
  const custom = customMessage(error);
  if (custom) return custom;
  const p = error.params as Params;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'minLength':
      return p.limit === 1 ? 'This field is required.' : `Enter at least ${plural(p.limit, 'character')}.`;
    case 'maxLength':
      return `Use at most ${plural(p.limit, 'character')}.`;
    case 'pattern':
      return patternMessage(p.pattern);
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? `Enter a valid ${String(p.format)}.`;
    case 'formatMaximum':
    case 'formatExclusiveMaximum':
      return p.limit === new Date().toISOString().slice(0, 10)
        ? 'The date cannot be in the future.'
        : `The date must be on or before ${String(p.limit)}.`;
    case 'formatMinimum':
    case 'formatExclusiveMinimum':
      return `The date must be on or after ${String(p.limit)}.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `Enter a number of at least ${String(p.limit)}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Enter a number of at most ${String(p.limit)}.`;
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return 'Choose one of the options offered.';
    case 'type':
      return p.type === 'number' || p.type === 'integer'
        ? 'Enter a number.'
        : 'This value has the wrong type.';
    case 'minItems':
      return `Add at least ${plural(p.limit, 'item')}.`;
    case 'maxItems':
      return `Add at most ${plural(p.limit, 'item')}.`;
    case 'uniqueItems':
      return 'Each item may appear only once.';
    case 'unexpectedProperty':
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'This answer is not asked for here. Clear it before saving.';
    case 'minProperties':
      return p.limit === 1
        ? 'Answer at least one question.'
        : `Answer at least ${String(p.limit)} questions.`;
    case 'maxProperties':
      return `Answer at most ${plural(p.limit, 'question')}.`;
    default:
      return error.message ? `This value ${error.message}.` : 'This value is not valid.';
  }
}
