// Navixy's error envelope `{ success: false, status: { code, description }, errors? }` in words a person
// understands: one table of the documented codes, code 7's `errors: [{ parameter, error }]` onto their fields.
import { isApiError } from '../../api/api-error';
import {
  describeTransportFailure,
  keptFor,
  serverErrorFor,
  signInAgainFor,
  withRequestId,
} from '../common-failures';
import type { FailureKind, FieldError, ProviderErrorSituation, ProviderFailure } from '../types';
import { navixyMessages } from './navixy-messages';
import { providerMessages } from '../provider-messages';

const t = navixyMessages.t;

/** Why the form is read-only without plugin 45, in the locale shown. */
export const noPluginReason = () => t('noPlugin');

type CodeKey = Parameters<typeof t>[0] & `codes.${string}`;
/** A documented code's kind and its message in the locale shown (read when asked). */
const code = (kind: FailureKind, key: CodeKey | 'noPlugin') => ({
  kind,
  get message(): string {
    return t(key);
  },
});

/**
 * The documented codes (common 1–15, and those this call can answer), as a kind and a plain message that fits
 * any situation; what follows it (changes kept, sign in again, try again) is added for the situation.
 */
export const NAVIXY_CODES: Record<number, { kind: FailureKind; readonly message: string }> = {
  1: code('server', 'codes.database'),
  2: code('server', 'codes.serviceAuth'),
  3: code('auth', 'codes.sessionKey'),
  4: code('auth', 'codes.sessionEnded'),
  5: code('server', 'codes.wrongFormat'),
  6: code('server', 'codes.unexpected'),
  7: code('validation', 'codes.refused'),
  8: code('unavailable', 'codes.tryLater'),
  9: code('validation', 'codes.tooLarge'),
  11: code('read-only', 'codes.accessDenied'),
  12: code('server', 'codes.noDealer'),
  13: code('read-only', 'codes.notPermitted'),
  14: code('unavailable', 'codes.tryLater'),
  15: code('unavailable', 'codes.tooMany'),
  101: code('read-only', 'codes.demo'),
  222: code('read-only', 'noPlugin'),
};

/** What follows a message of this kind in this situation. */
function nextStep(kind: FailureKind, situation: ProviderErrorSituation): string {
  if (kind === 'auth') return ` ${signInAgainFor(situation)}`;
  if (kind === 'read-only' || kind === 'not-found') return '';
  const kept = keptFor(situation);
  return kind === 'server' || kind === 'unavailable'
    ? `${kept} ${providerMessages.t('failure.tryAgain')}`
    : kept;
}

interface NavixyErrorBody {
  code: number;
  description: string | undefined;
  errors: Array<{ parameter: string; error: string }>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseNavixyError(body: unknown): NavixyErrorBody | undefined {
  if (!isObject(body) || body.success !== false || !isObject(body.status)) return undefined;
  const { code, description } = body.status;
  if (typeof code !== 'number') return undefined;
  const errors = Array.isArray(body.errors)
    ? body.errors.flatMap((e) =>
        isObject(e) && typeof e.parameter === 'string'
          ? [{ parameter: e.parameter, error: typeof e.error === 'string' ? e.error : 'invalid value' }]
          : [],
      )
    : [];
  return { code, description: typeof description === 'string' ? description : undefined, errors };
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** Turns code 7's errors into field errors (parameters that are fields) and leftovers for the form message. */
function parameterErrors(errors: NavixyErrorBody['errors'], fields: ReadonlySet<string>) {
  const fieldErrors: FieldError[] = [];
  const other: string[] = [];
  for (const { parameter, error } of errors) {
    if (fields.has(parameter)) fieldErrors.push({ path: `/${parameter}`, message: sentence(error) });
    else other.push(`${parameter}: ${error}`);
  }
  return { fieldErrors, other };
}

/** Explains anything load, save or an action threw; `fields` are the form's keys (for code 7's parameters). */
export function describeNavixyError(
  error: unknown,
  fields: ReadonlySet<string>,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure {
  const transport = describeTransportFailure(error, 'Navixy', situation);
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const failure = (kind: FailureKind, message: string, fieldErrors: FieldError[] = []): ProviderFailure => ({
    kind,
    message: withRequestId(`${message}${nextStep(kind, situation)}`, error.requestId),
    fieldErrors,
    requestId: error.requestId,
  });
  const navixy = parseNavixyError(error.body);
  if (!navixy) {
    // Not Navixy's envelope (a proxy or gateway answered): go by the HTTP status.
    if (error.status === 401) return failure('auth', t('codes.sessionEnded'));
    if (error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504) {
      return failure('unavailable', t('codes.tryLater'));
    }
    return {
      kind: 'server',
      message: withRequestId(serverErrorFor('Navixy', error.status, situation), error.requestId),
      fieldErrors: [],
      requestId: error.requestId,
    };
  }
  if (navixy.code === 7) {
    const { fieldErrors, other } = parameterErrors(navixy.errors, fields);
    const where = fieldErrors.length > 0 ? t('errors.seeHighlighted') : '';
    const rest = other.length > 0 ? ` ${other.join('; ')}.` : '';
    return failure('validation', `${t('codes.refused')}${where}${rest}`, fieldErrors);
  }
  const known = NAVIXY_CODES[navixy.code];
  if (known) return failure(known.kind, known.message);
  const said = navixy.description ? `: ${navixy.description}` : '';
  return failure(
    'server',
    t(situation === 'load' ? 'errors.otherCode.load' : 'errors.otherCode.save', {
      code: String(navixy.code),
      said,
    }),
  );
}
