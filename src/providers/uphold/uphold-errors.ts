// Uphold's error bodies (`{ code, message, details }`) in words a person understands, with field errors where
// `details.property` (409) or `details.violations[].property` (400) names a field, and the request id for support.
import { isApiError, type ApiError } from '../../api/api-error';
import { describeTransportFailure, keptFor, serverErrorFor, signInAgainFor } from '../common-failures';
import type { FieldError, ProviderErrorSituation, ProviderFailure } from '../types';
import { parseErrorBody } from './uphold-schemas';
import type { UpholdErrorBody } from './uphold-types';

/** The JSON pointer into the form data for an Uphold property path, and the array item it names, if any. */
export interface PropertyTarget {
  /** Exact pointer: 'input.details.otherCitizenships[0]' → '/details/otherCitizenships/0'. */
  pointer: string;
  /** The field that shows the message (the array itself for an item of a list of plain values). */
  field: string;
  /** 0-based index when the property is an item of an array. */
  item?: number;
}

export function propertyTarget(property: string): PropertyTarget | undefined {
  const path = property
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  // Uphold names properties from the request body: `input.<field>`, or `input.answers.<field>` for a
  // questionnaire (whose form data is the answers). No direct category is called `answers`.
  const [first, second] = path;
  if (first === 'input') path.splice(0, second === 'answers' && path.length > 2 ? 2 : 1);
  // `input.formId` is not a field: the questionnaire changed (see formMessage).
  if (path.length === 0 || (path.length === 1 && path[0] === 'formId')) return undefined;
  const pointer = '/' + path.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const last = path[path.length - 1] ?? '';
  if (!/^\d+$/.test(last)) return { pointer, field: pointer };
  return { pointer, field: pointer.slice(0, pointer.lastIndexOf('/')), item: Number(last) };
}

const ordinal = (index: number) => `number ${index + 1}`;

/** The message for a field, in plain words; `item` says which entry of a list it is about. */
function fieldMessage(body: UpholdErrorBody, item: number | undefined): string {
  const which = item === undefined ? '' : `The entry ${ordinal(item)} in this list: `;
  switch (body.code) {
    case 'country_not_supported':
      return item === undefined
        ? 'Uphold does not support this country.'
        : `Uphold does not support the country ${ordinal(item)} in this list.`;
    case 'invalid_characters':
      return `${which}This contains characters Uphold does not accept. Use letters, spaces, hyphens and apostrophes.`;
    case 'tin_invalid':
      return `${which}This tax identification number is not valid for its country. Check it, or leave it empty and give the reason you have none.`;
    case 'signature_mismatch':
      return 'Type your full name exactly as it is on your profile.';
    case 'date_invalid':
      // The same words the client-side date rules use.
      return `${which}${body.message}`;
    default:
      return `${which}${body.message || 'Uphold did not accept this value.'}`;
  }
}

const REASONS: Record<string, string> = {
  'citizenship-country-update-non-authoritative-identity':
    'Your citizenship can only be changed once your identity has been verified by the partner you signed up with.',
  'dependencies-not-completed':
    'Uphold needs the steps this one depends on first: go back to the overview to see which.',
};

const FORM_CHANGED =
  'Uphold has changed these questions since they were loaded. Reload the page to answer the current ones.';

const FORM_MESSAGES: Record<string, string> = {
  po_boxes_not_allowed:
    'Uphold does not accept a PO box as an address. Enter the street address where you live.',
  operation_not_allowed: 'Uphold does not allow this change.',
};

const namesFormId = (property: string | undefined) => /^input\.formId$/.test(property ?? '');

function formMessage(body: UpholdErrorBody): string {
  if (namesFormId(body.details?.property) || body.details?.violations?.some((v) => namesFormId(v.property))) {
    return FORM_CHANGED;
  }
  const reasons = (body.details?.reasons ?? []).map((r) => REASONS[r]).filter(Boolean);
  if (reasons.length > 0) return reasons.join(' ');
  return FORM_MESSAGES[body.code] ?? body.message;
}

const VIOLATION_MESSAGES: Record<string, (params: Record<string, unknown>) => string> = {
  required: () => 'This field is required.',
  minLength: (p) => `Enter at least ${String(p.limit)} characters.`,
  maxLength: (p) => `Use at most ${String(p.limit)} characters.`,
  pattern: () => 'The value is not in the expected form.',
  format: (p) =>
    p.format === 'date' ? 'Enter a real date (day, month and year).' : 'The value is not valid.',
  enum: () => 'Choose one of the options offered.',
  uniqueItems: () => 'Each entry may appear only once.',
  additionalProperties: () => 'Uphold does not ask for this.',
  unevaluatedProperties: () => 'Uphold does not ask for this.',
  minItems: (p) => `Choose at least ${String(p.limit)}.`,
  maxItems: (p) => `Choose at most ${String(p.limit)}.`,
  const: () => 'Choose one of the options offered.',
  oneOf: () => 'Choose one of the options offered.',
};

function violationErrors(body: UpholdErrorBody): FieldError[] {
  return (body.details?.violations ?? []).flatMap((violation) => {
    const target = violation.property ? propertyTarget(violation.property) : undefined;
    if (!target) return [];
    const params = isRecord(violation.ruleParams) ? violation.ruleParams : {};
    const byRule = violation.rule ? VIOLATION_MESSAGES[violation.rule] : undefined;
    const message = violation.message ?? byRule?.(params) ?? 'Uphold did not accept this value.';
    const prefix = target.item === undefined ? '' : `The entry ${ordinal(target.item)} in this list: `;
    return [{ path: target.field, message: prefix + message }];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Uphold's own request id header (every answer has one), else any the http layer recognised. */
export const upholdRequestId = (error: ApiError): string | undefined =>
  error.headers?.get('x-uphold-request-id') ?? error.requestId;

/** Seconds to wait from a Retry-After header (seconds or an HTTP date). */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const waitWords = (seconds: number) =>
  seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;

export function describeUpholdError(
  error: unknown,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure {
  const transport = describeTransportFailure(error, 'Uphold', situation);
  const kept = keptFor(situation);
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const requestId = upholdRequestId(error);
  const body = parseErrorBody(error.body);
  const failure = (
    kind: ProviderFailure['kind'],
    message: string,
    fieldErrors: FieldError[] = [],
  ): ProviderFailure => ({ kind, message, fieldErrors, requestId });

  switch (error.status) {
    case 400:
    case 409:
    case 422: {
      if (!body) {
        return failure(
          error.status === 409 ? 'conflict' : 'validation',
          `Uphold did not accept the change (${error.status}).${kept}`,
        );
      }
      const violations = violationErrors(body);
      const target = body.details?.property ? propertyTarget(body.details.property) : undefined;
      const fieldErrors = target
        ? [{ path: target.field, message: fieldMessage(body, target.item) }]
        : violations;
      const kind = error.status === 409 ? 'conflict' : 'validation';
      if (fieldErrors.length > 0) {
        const count = fieldErrors.length;
        return failure(
          kind,
          `Uphold did not accept ${count === 1 ? 'one of your answers' : `${count} of your answers`}: see the highlighted field${count === 1 ? '' : 's'}.${kept}`,
          fieldErrors,
        );
      }
      return failure(kind, `${formMessage(body)}${kept}`);
    }
    case 401: {
      const expired = body?.code === 'token_expired';
      return failure(
        'auth',
        `${expired ? 'Your Uphold session has expired.' : 'Uphold did not accept your sign-in.'} ${signInAgainFor(situation)}`,
      );
    }
    case 403:
      return failure(
        'auth',
        `Uphold refused access to your profile${body?.message ? ` (${body.message})` : ''}. ${signInAgainFor(situation)}`,
      );
    case 404:
      return failure('not-found', 'Uphold has no such KYC step for this user.');
    case 429: {
      const seconds = retryAfterSeconds(error.headers?.get('retry-after'));
      return failure(
        'unavailable',
        `Uphold is receiving too many requests. Try again ${seconds === undefined ? 'in a moment' : `in ${waitWords(seconds)}`}.${kept}`,
      );
    }
    default:
      return error.status >= 500
        ? failure('server', serverErrorFor('Uphold', error.status, situation, body?.message))
        : failure(
            'validation',
            `Uphold answered with an error (${error.status}${body?.message ? `: ${body.message}` : ''}).${kept}`,
          );
  }
}
