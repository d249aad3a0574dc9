// Camunda's error body `{ type, message }` and status codes, in words a person understands.
import { isApiError } from '../../api/api-error';
import { describeTransportFailure, KEPT, withRequestId } from '../common-failures';
import type { ProviderFailure } from '../types';

export const READ_ONLY_REASON =
  "This Camunda engine's identity service is read-only (for example LDAP), so profiles cannot be changed here.";

const serverMessage = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : undefined;

export function describeCamundaError(error: unknown): ProviderFailure {
  const transport = describeTransportFailure(error, 'Camunda');
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
      return failure('validation', `Camunda refused the change: ${said ?? 'invalid request'}. ${KEPT}`);
    case 401:
      return failure(
        'auth',
        `Your session has expired or your credentials were refused. Sign in again; ${KEPT.toLowerCase()}`,
      );
    case 403:
      return failure('read-only', READ_ONLY_REASON);
    case 404:
      return failure('not-found', said ? `User not found: ${said}.` : 'This user does not exist in Camunda.');
    default:
      return failure(
        'server',
        `Camunda could not save the profile because of a server error (${error.status}${said ? `: ${said}` : ''}). ${KEPT} Try again in a moment.`,
      );
  }
}
