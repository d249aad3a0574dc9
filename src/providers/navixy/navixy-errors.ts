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

export const NO_PLUGIN_REASON =
  'Your Navixy account does not include the personal-info feature (plugin 45), so these details cannot be ' +
  'changed here. Ask your Navixy service provider to enable it.';

const TRY_LATER = 'Navixy is busy or unavailable right now.';

/**
 * The documented codes (common 1–15, and those this call can answer), as a kind and a plain message that fits
 * any situation; what follows it (changes kept, sign in again, try again) is added for the situation.
 */
export const NAVIXY_CODES: Record<number, { kind: FailureKind; message: string }> = {
  1: { kind: 'server', message: 'Navixy had a database error.' },
  2: { kind: 'server', message: 'Navixy could not authorise this service (service auth error).' },
  3: { kind: 'auth', message: 'Navixy did not accept your session key.' },
  4: { kind: 'auth', message: 'Your Navixy session has ended.' },
  5: { kind: 'server', message: 'Navixy could not read the request (wrong request format).' },
  6: { kind: 'server', message: 'Navixy had an unexpected error.' },
  7: { kind: 'validation', message: 'Navixy refused some of the values.' },
  8: { kind: 'unavailable', message: TRY_LATER },
  9: { kind: 'validation', message: 'The request was too large for Navixy. Shorten the longest fields.' },
  11: {
    kind: 'read-only',
    message: 'Navixy denied access: your account is not allowed to change these details here.',
  },
  12: { kind: 'server', message: "Navixy could not find your service provider's account (dealer)." },
  13: { kind: 'read-only', message: 'Navixy does not permit this account to change its personal info.' },
  14: { kind: 'unavailable', message: TRY_LATER },
  15: { kind: 'unavailable', message: 'Too many requests to Navixy. Wait a minute, then try again.' },
  101: { kind: 'read-only', message: 'This is a Navixy demo account: its details cannot be changed.' },
  222: { kind: 'read-only', message: NO_PLUGIN_REASON },
};

/** What follows a message of this kind in this situation. */
function nextStep(kind: FailureKind, situation: ProviderErrorSituation): string {
  if (kind === 'auth') return ` ${signInAgainFor(situation)}`;
  if (kind === 'read-only' || kind === 'not-found') return '';
  const kept = keptFor(situation);
  return kind === 'server' || kind === 'unavailable' ? `${kept} Try again in a moment.` : kept;
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
    if (error.status === 401) return failure('auth', 'Your Navixy session has ended.');
    if (error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504) {
      return failure('unavailable', TRY_LATER);
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
    const where = fieldErrors.length > 0 ? ' See the highlighted fields.' : '';
    const rest = other.length > 0 ? ` ${other.join('; ')}.` : '';
    return failure('validation', `Navixy refused some of the values.${where}${rest}`, fieldErrors);
  }
  const known = NAVIXY_CODES[navixy.code];
  if (known) return failure(known.kind, known.message);
  const said = navixy.description ? `: ${navixy.description}` : '';
  const what = situation === 'load' ? 'could not send your details' : 'could not save the details';
  return failure('server', `Navixy ${what} (error ${navixy.code}${said}).`);
}
