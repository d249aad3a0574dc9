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
    // The parse at the edge names the provider and the field ("Camunda sent a profile the editor cannot read: …").
    return {
      kind: 'server',
      message: `${error.message.startsWith(providerLabel) ? error.message : `${providerLabel} sent an answer that could not be read: ${error.message}`} ${KEPT}`,
      fieldErrors: [],
      requestId: error.requestId,
    };
  }
  if (error.kind === 'invalid') {
    // Refused before sending: an id that is not one. Nothing to retry.
    return { kind: 'not-found', message: error.message, fieldErrors: [] };
  }
  return undefined;
}

/** Appends the request id so a support team can find the request. */
export const withRequestId = (message: string, requestId: string | undefined) =>
  requestId ? `${message} (Request id: ${requestId})` : message;
