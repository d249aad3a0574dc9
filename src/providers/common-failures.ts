// Failures every provider explains the same way: no answer, timeouts, cancelled requests, unknown errors; and the
// wording that depends on the situation (a failed load has no changes to keep; a failed save keeps them).
import { isApiError } from '../api/api-error';
import { providerMessages } from './provider-messages';
import type { ProviderErrorSituation, ProviderFailure } from './types';

const t = providerMessages.t;

/** What a save failure adds: the typed changes are kept. Nothing for a load (no form yet) or an action. */
export const keptFor = (situation: ProviderErrorSituation) =>
  situation === 'save' ? ` ${t('failure.kept')}` : '';

/** How to go on after an ended session, for the situation. */
export const signInAgainFor = (situation: ProviderErrorSituation) => t(`failure.signInAgain.${situation}`);

/** A server error (5xx, or anything unexpected), worded for the situation. */
export const serverErrorFor = (
  provider: string,
  status: number,
  situation: ProviderErrorSituation,
  said?: string,
) =>
  [
    t(`failure.server.${situation}`, { provider, status }),
    said ? t('failure.serverSaid', { provider, said }) : '',
    situation === 'save' ? t('failure.kept') : '',
    t('failure.tryAgain'),
  ]
    .filter(Boolean)
    .join(' ');

/** The failure for errors that are not the provider's own words, or undefined when the provider must decide. */
export function describeTransportFailure(
  error: unknown,
  providerLabel: string,
  situation: ProviderErrorSituation = 'save',
): ProviderFailure | undefined {
  const kept = keptFor(situation);
  if (!isApiError(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'server',
      message: `${t('failure.unexpected', { provider: providerLabel, detail })}${kept}`,
      fieldErrors: [],
    };
  }
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'aborted') {
    return {
      kind: 'network',
      message: `${t('failure.unreachable', { provider: providerLabel, detail: error.message })}${kept}`,
      fieldErrors: [],
    };
  }
  if (error.kind === 'parse') {
    // The parse at the edge names the provider and the field ("Camunda sent a profile the editor cannot read: …").
    const said = error.message.startsWith(providerLabel)
      ? error.message
      : t('failure.unreadable', { provider: providerLabel, detail: error.message });
    return { kind: 'server', message: `${said}${kept}`, fieldErrors: [], requestId: error.requestId };
  }
  if (error.kind === 'invalid') {
    // Refused before sending: an id that is not one. Nothing to retry.
    return { kind: 'not-found', message: error.message, fieldErrors: [] };
  }
  return undefined;
}

/** Appends the request id so a support team can find the request. */
export const withRequestId = (message: string, requestId: string | undefined) =>
  requestId ? t('failure.requestId', { message, id: requestId }) : message;
