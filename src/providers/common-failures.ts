// Failures every provider explains the same way: no answer, timeouts, cancelled requests, unknown errors.
import { isApiError } from '../api/api-error';
import type { ProviderFailure } from './types';

export const KEPT = 'Your changes are kept in the form.';

/** The failure for errors that are not the provider's own words, or undefined when the provider must decide. */
export function describeTransportFailure(error: unknown, providerLabel: string): ProviderFailure | undefined {
  if (!isApiError(error)) {
    return {
      kind: 'server',
      message: `Something went wrong talking to ${providerLabel}: ${error instanceof Error ? error.message : String(error)}. ${KEPT}`,
      fieldErrors: [],
    };
  }
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'aborted') {
    return {
      kind: 'network',
      message: `${providerLabel} could not be reached: ${error.message} Check your connection and try again. ${KEPT}`,
      fieldErrors: [],
    };
  }
  if (error.kind === 'parse') {
    return {
      kind: 'server',
      message: `${providerLabel} sent an answer that could not be read. ${KEPT}`,
      fieldErrors: [],
      requestId: error.requestId,
    };
  }
  return undefined;
}

/** Appends the request id so a support team can find the request. */
export const withRequestId = (message: string, requestId: string | undefined) =>
  requestId ? `${message} (Request id: ${requestId})` : message;
