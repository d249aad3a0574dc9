// Uphold's error bodies (`{ code, message, details }`) in words a person understands, with field errors where
// `details.property` (409) or `details.violations[].property` (400) names a field, and the request id for support.
import { isApiError, type ApiError } from '../../api/api-error';
import { describeTransportFailure, keptFor, serverErrorFor, signInAgainFor } from '../common-failures';
import type { FieldError, ProviderErrorSituation, ProviderFailure } from '../types';
import { upholdMessages } from './uphold-messages';
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

const t = upholdMessages.t;

/** 'The entry number 2 in this list: ' for an item of a list, else nothing. */
const entryPrefix = (item: number | undefined) =>
  item === undefined ? '' : t('errors.entry', { n: item + 1 });

/** The message for a field, in plain words; `item` says which entry of a list it is about. */
function fieldMessage(body: UpholdErrorBody, item: number | undefined): string {
  const which = entryPrefix(item);
  switch (body.code) {
    case 'country_not_supported':
      return item === undefined
        ? t('errors.countryNotSupported')
        : t('errors.countryNotSupportedEntry', { n: item + 1 });
    case 'invalid_characters':
      return `${which}${t('errors.invalidCharacters')}`;
    case 'tin_invalid':
      return `${which}${t('errors.tinInvalid')}`;
    case 'signature_mismatch':
      return t('errors.signatureMismatch');
    case 'date_invalid':
      // The same words the client-side date rules use.
      return `${which}${body.message}`;
    default:
      return `${which}${body.message || t('errors.notAcceptedValue')}`;
  }
}

const REASONS: Record<string, () => string> = {
  'citizenship-country-update-non-authoritative-identity': () => t('errors.citizenshipLocked'),
  'dependencies-not-completed': () => t('errors.dependencies'),
};

const FORM_MESSAGES: Record<string, () => string> = {
  po_boxes_not_allowed: () => t('errors.poBox'),
  operation_not_allowed: () => t('errors.notAllowed'),
};

const namesFormId = (property: string | undefined) => /^input\.formId$/.test(property ?? '');

function formMessage(body: UpholdErrorBody): string {
  if (namesFormId(body.details?.property) || body.details?.violations?.some((v) => namesFormId(v.property))) {
    return t('errors.formChanged');
  }
  const reasons = (body.details?.reasons ?? []).flatMap((r) => REASONS[r]?.() ?? []);
  if (reasons.length > 0) return reasons.join(' ');
  return FORM_MESSAGES[body.code]?.() ?? body.message;
}

const VIOLATION_MESSAGES: Record<string, (params: Record<string, unknown>) => string> = {
  required: () => t('errors.rule.required'),
  minLength: (p) => t('errors.rule.minLength', { limit: String(p.limit) }),
  maxLength: (p) => t('errors.rule.maxLength', { limit: String(p.limit) }),
  pattern: () => t('errors.rule.pattern'),
  format: (p) => (p.format === 'date' ? t('errors.rule.date') : t('errors.rule.format')),
  enum: () => t('errors.rule.choose'),
  uniqueItems: () => t('errors.rule.uniqueItems'),
  additionalProperties: () => t('errors.rule.notAsked'),
  unevaluatedProperties: () => t('errors.rule.notAsked'),
  minItems: (p) => t('errors.rule.minItems', { limit: String(p.limit) }),
  maxItems: (p) => t('errors.rule.maxItems', { limit: String(p.limit) }),
  const: () => t('errors.rule.choose'),
  oneOf: () => t('errors.rule.choose'),
};

function violationErrors(body: UpholdErrorBody): FieldError[] {
  return (body.details?.violations ?? []).flatMap((violation) => {
    const target = violation.property ? propertyTarget(violation.property) : undefined;
    if (!target) return [];
    const params = isRecord(violation.ruleParams) ? violation.ruleParams : {};
    const byRule = violation.rule ? VIOLATION_MESSAGES[violation.rule] : undefined;
    const message = violation.message ?? byRule?.(params) ?? t('errors.notAcceptedValue');
    return [{ path: target.field, message: entryPrefix(target.item) + message }];
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

/** How long to wait, as the message's select wants it: seconds under 90, else whole minutes. */
const waitOf = (seconds: number | undefined) =>
  seconds === undefined
    ? { wait: 'moment', seconds: 0, minutes: '0' }
    : seconds < 90
      ? { wait: 'seconds', seconds, minutes: '0' }
      : { wait: 'minutes', seconds, minutes: String(Math.ceil(seconds / 60)) };

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
          `${t('errors.notAcceptedStatus', { status: String(error.status) })}${kept}`,
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
        return failure(kind, `${t('errors.notAcceptedAnswers', { count })}${kept}`, fieldErrors);
      }
      return failure(kind, `${formMessage(body)}${kept}`);
    }
    case 401: {
      const expired = body?.code === 'token_expired';
      return failure(
        'auth',
        `${expired ? t('errors.sessionExpired') : t('errors.signInRefused')} ${signInAgainFor(situation)}`,
      );
    }
    case 403:
      return failure(
        'auth',
        `${body?.message ? t('errors.accessRefusedSaid', { said: body.message }) : t('errors.accessRefused')} ${signInAgainFor(situation)}`,
      );
    case 404:
      return failure('not-found', t('errors.notFound'));
    case 429: {
      const seconds = retryAfterSeconds(error.headers?.get('retry-after'));
      return failure('unavailable', `${t('errors.tooMany', waitOf(seconds))}${kept}`);
    }
    default:
      return error.status >= 500
        ? failure('server', serverErrorFor('Uphold', error.status, situation, body?.message))
        : failure(
            'validation',
            `${
              body?.message
                ? t('errors.otherErrorSaid', { status: String(error.status), said: body.message })
                : t('errors.otherError', { status: String(error.status) })
            }${kept}`,
          );
  }
}
