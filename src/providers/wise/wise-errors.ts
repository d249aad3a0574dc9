// Wise's error bodies in words a person understands: validation `{ errors: [{ code, message, path }] }` on
// their fields, token errors `{ error, error_description }` as an ended session, the rest at form level.
import { isApiError } from '../../api/api-error';
import { describeTransportFailure, KEPT, withRequestId } from '../common-failures';
import type { FieldError, ProviderFailure } from '../types';

interface WiseValidationError {
  code?: string;
  message?: string;
  path?: string | null;
}

const validationErrors = (body: unknown): WiseValidationError[] =>
  typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors)
    ? (body as { errors: WiseValidationError[] }).errors
    : [];

/** 'address.city' or 'occupations[0].code' → '/address/city', '/occupations/0/code'. */
export const wisePathToPointer = (path: string) =>
  '/' +
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .join('/');

export function describeWiseError(error: unknown): ProviderFailure {
  const transport = describeTransportFailure(error, 'Wise');
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const body = error.body as { error?: string; error_description?: string } | undefined;
  const requestId = error.requestId;
  if (error.status === 401 || body?.error === 'invalid_token' || body?.error === 'unauthorized') {
    return {
      kind: 'auth',
      message: `Your Wise session has ended (${body?.error_description ?? 'the token was refused'}). Sign in again; ${KEPT.toLowerCase()}`,
      fieldErrors: [],
      requestId,
    };
  }
  const errors = error.status >= 400 && error.status < 500 ? validationErrors(error.body) : [];
  if (errors.length > 0) {
    const fieldErrors: FieldError[] = errors
      .filter((e) => e.path)
      .map((e) => ({
        path: wisePathToPointer(e.path as string),
        message: e.message ?? 'Wise did not accept this value.',
      }));
    const general = errors.filter((e) => !e.path).map((e) => e.message ?? e.code ?? '');
    const message = general.length
      ? `Wise did not accept the change: ${general.join(' ')}`
      : `Wise did not accept ${fieldErrors.length === 1 ? 'one field' : `${fieldErrors.length} fields`}; see the messages below.`;
    return {
      kind: 'validation',
      message: withRequestId(`${message} ${KEPT}`, requestId),
      fieldErrors,
      requestId,
    };
  }
  if (error.status === 404) {
    return {
      kind: 'not-found',
      message: withRequestId('Wise has no personal profile with this id.', requestId),
      fieldErrors: [],
      requestId,
    };
  }
  return {
    kind: 'server',
    message: withRequestId(
      `Wise could not save the profile (HTTP ${error.status}). ${KEPT} Try again in a moment.`,
      requestId,
    ),
    fieldErrors: [],
    requestId,
  };
}
