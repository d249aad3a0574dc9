// Wise's error bodies in words a person understands: validation `{ errors: [{ code, message, path }] }` on
// their fields, token errors `{ error, error_description }` as an ended session, the rest at form level.
import { isApiError } from '../../api/api-error';
import {
  describeTransportFailure,
  keptFor,
  serverErrorFor,
  signInAgainFor,
  withRequestId,
} from '../common-failures';
import { pointerOf } from '../../forms/generator/generate-form';
import type { FieldError, ProviderErrorSituation, ProviderFailure } from '../types';
import { wiseMessages } from './wise-messages';
import { wiseSpec } from './wise-spec';

const t = wiseMessages.t;

interface WiseValidationError {
  code?: string;
  message?: string;
  path?: string | null;
  arguments?: unknown[];
}

// Every pointer the form shows a field for: plain fields and the fields of each list item.
const FIELD_POINTERS = wiseSpec.fields.flatMap((field) =>
  field.type === 'list'
    ? [pointerOf(field.path), ...(field.items ?? []).map((item) => `${pointerOf(field.path)}/*/${item.path}`)]
    : [pointerOf(field.path)],
);
const isFieldPointer = (pointer: string) =>
  FIELD_POINTERS.some((known) => known === pointer.replace(/\/\d+\//g, '/*/'));

/** Token errors from Wise's auth layer: `{ error, error_description }` (OAuth style). */
const isTokenError = (body: unknown): body is { error: string; error_description?: string } =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { error?: unknown }).error === 'string' &&
  typeof (body as { error_description?: unknown }).error_description === 'string';

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

export function describeWiseError(
  error: unknown,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure {
  const transport = describeTransportFailure(error, 'Wise', situation);
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const body = isTokenError(error.body) ? error.body : undefined;
  const requestId = error.requestId;
  if (error.status === 401 || body) {
    return {
      kind: 'auth',
      message: `${t('errors.sessionEnded', { reason: body?.error_description ?? t('errors.tokenRefused') })} ${signInAgainFor(situation)}`,
      fieldErrors: [],
      requestId,
    };
  }
  if (error.status === 404) {
    // Before the validation errors: a 404 carries `errors` too, and it is never about a change the user made.
    return {
      kind: 'not-found',
      message: withRequestId(t('errors.noProfile'), requestId),
      fieldErrors: [],
      requestId,
    };
  }
  // Only a change can be refused: on load, Wise's error list is the reason the profile could not be read.
  const errors = error.status >= 400 && error.status < 500 ? validationErrors(error.body) : [];
  if (errors.length > 0 && situation === 'load') {
    return {
      kind: 'server',
      message: withRequestId(
        t('errors.couldNotSend', {
          status: error.status,
          said: errors.map((e) => e.message ?? e.code ?? '').join(' '),
        }),
        requestId,
      ),
      fieldErrors: [],
      requestId,
    };
  }
  if (errors.length > 0) {
    const onField = (e: WiseValidationError) =>
      Boolean(e.path) && isFieldPointer(wisePathToPointer(e.path ?? ''));
    const fieldErrors: FieldError[] = errors.filter(onField).map((e) => ({
      path: wisePathToPointer(e.path ?? ''),
      message: e.message ?? t('errors.notAcceptedValue'),
    }));
    // Errors without a path, or on something the form has no field for, are shown above the form.
    const general = errors
      .filter((e) => !onField(e))
      .map((e) => (e.path ? `${e.path}: ` : '') + (e.message ?? e.code ?? ''));
    const message = general.length
      ? t('errors.notAcceptedChange', { said: general.join(' ') })
      : t('errors.notAcceptedFields', { count: fieldErrors.length });
    return {
      kind: 'validation',
      message: withRequestId(`${message}${keptFor(situation)}`, requestId),
      fieldErrors,
      requestId,
    };
  }
  return {
    kind: 'server',
    message: withRequestId(serverErrorFor('Wise', error.status, situation), requestId),
    fieldErrors: [],
    requestId,
  };
}
