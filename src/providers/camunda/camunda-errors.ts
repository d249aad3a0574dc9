// Camunda's error body `{ type, message }` and status codes, in words a person understands, worded for the
// situation (loading, saving).
import { isApiError } from '../../api/api-error';
import {
  describeTransportFailure,
  keptFor,
  serverErrorFor,
  signInAgainFor,
  withRequestId,
} from '../common-failures';
import type { ProviderErrorSituation, ProviderFailure } from '../types';
import { camundaMessages } from './camunda-messages';

const t = camundaMessages.t;

/** The read-only reason in the locale shown. */
export const readOnlyReason = () => t('readOnly');

const serverMessage = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : undefined;

export function describeCamundaError(
  error: unknown,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure {
  const transport = describeTransportFailure(error, 'Camunda', situation);
  if (transport || !isApiError(error)) return transport as ProviderFailure;
  const said = serverMessage(error.body);
  const failure = (kind: ProviderFailure['kind'], message: string): ProviderFailure => ({
    kind,
    message: withRequestId(message, error.requestId),
    fieldErrors: [],
    requestId: error.requestId,
  });
  switch (error.status) {
    case 400:
      return failure(
        'validation',
        `${t('errors.refused', { said: said ?? t('errors.invalidRequest') })}${keptFor(situation)}`,
      );
    case 401:
      return failure('auth', `${t('errors.sessionEnded')} ${signInAgainFor(situation)}`);
    case 403:
      return failure('read-only', readOnlyReason());
    case 404:
      return failure('not-found', said ? t('errors.notFoundSaid', { said }) : t('errors.notFound'));
    default:
      return failure('server', serverErrorFor('Camunda', error.status, situation, said));
  }
}
