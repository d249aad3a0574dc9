// Navixy's error envelope `{ success: false, status: { code, description }, errors? }` in words a person
// understands: one table of the documented codes, code 7's `errors: [{ parameter, error }]` onto their fields.
import { isApiError } from '../../api/api-error';
import { describeTransportFailure, KEPT, withRequestId } from '../common-failures';
import type { FailureKind, FieldError, ProviderFailure } from '../types';

export const NO_PLUGIN_REASON =
  'Your Navixy account does not include the personal-info feature (plugin 45), so these details cannot be ' +
  'changed here. Ask your Navixy service provider to enable it.';

const SIGN_IN = `Your Navixy session has ended. Sign in again; ${KEPT.toLowerCase()}`;
const TRY_LATER = `Navixy is busy or unavailable right now. ${KEPT} Try again in a moment.`;

/** The documented codes (common 1–15, and those this call can answer), as a kind and a plain message. */
export const NAVIXY_CODES: Record<number, { kind: FailureKind; message: string }> = {
  1: {
    kind: 'server',
    message: `Navixy had a database error and did not save. ${KEPT} Try again in a moment.`,
  },
  2: { kind: 'server', message: `Navixy could not authorise this service (service auth error). ${KEPT}` },
  3: {
    kind: 'auth',
    message: `Navixy did not accept your session key. Sign in again; ${KEPT.toLowerCase()}`,
  },
  4: { kind: 'auth', message: SIGN_IN },
  5: { kind: 'server', message: `Navixy could not read the request (wrong request format). ${KEPT}` },
  6: {
    kind: 'server',
    message: `Navixy had an unexpected error and did not save. ${KEPT} Try again in a moment.`,
  },
  7: { kind: 'validation', message: `Navixy refused some of the values. ${KEPT}` },
  8: { kind: 'unavailable', message: TRY_LATER },
  9: {
    kind: 'validation',
    message: `The request was too large for Navixy. Shorten the longest fields. ${KEPT}`,
  },
  11: {
    kind: 'read-only',
    message: 'Navixy denied access: your account is not allowed to change these details here.',
  },
  12: { kind: 'server', message: `Navixy could not find your service provider's account (dealer). ${KEPT}` },
  13: { kind: 'read-only', message: 'Navixy does not permit this account to change its personal info.' },
  14: { kind: 'unavailable', message: TRY_LATER },
  15: { kind: 'unavailable', message: `Too many requests to Navixy. Wait a minute and save again. ${KEPT}` },
  101: { kind: 'read-only', message: 'This is a Navixy demo account: its details cannot be changed.' },
  222: { kind: 'read-only', message: NO_PLUGIN_REASON },
};

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

/** Explains anything load or save threw; `fields` are the form's keys (for code 7's parameters). */
export function describeNavixyError(error: unknown, fields: ReadonlySet<string>): ProviderFailure {
  const transport = describeTransportFailure(error, 'Navixy');
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const failure = (kind: FailureKind, message: string, fieldErrors: FieldError[] = []): ProviderFailure => ({
    kind,
    message: withRequestId(message, error.requestId),
    fieldErrors,
    requestId: error.requestId,
  });
  const navixy = parseNavixyError(error.body);
  if (!navixy) {
    // Not Navixy's envelope (a proxy or gateway answered): go by the HTTP status.
    if (error.status === 401) return failure('auth', SIGN_IN);
    if (error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504) {
      return failure('unavailable', TRY_LATER);
    }
    return failure(
      'server',
      `Navixy answered with an error (HTTP ${error.status}). ${KEPT} Try again in a moment.`,
    );
  }
  if (navixy.code === 7) {
    const { fieldErrors, other } = parameterErrors(navixy.errors, fields);
    const where = fieldErrors.length > 0 ? ' See the highlighted fields.' : '';
    const rest = other.length > 0 ? ` ${other.join('; ')}.` : '';
    return failure('validation', `Navixy refused some of the values.${where}${rest} ${KEPT}`, fieldErrors);
  }
  const known = NAVIXY_CODES[navixy.code];
  if (known) return failure(known.kind, known.message);
  const said = navixy.description ? `: ${navixy.description}` : '';
  return failure('server', `Navixy could not save the details (error ${navixy.code}${said}). ${KEPT}`);
}
