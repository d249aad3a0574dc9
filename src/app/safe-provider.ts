// Wraps a provider adapter at the edge of the caches: whatever load, save or an action throws is explained by the
// provider straight away and replaced by an error that holds that explanation (redacted) and no server body, so
// the query and mutation caches never keep a raw error body (which may echo a credential), and nothing the
// editor shows or tells the portal carries a credential this page has seen.
import { ApiError, isApiError } from '../api/api-error';
import { redactText } from '../api/redaction';
import type { ProfileProvider, ProviderErrorSituation, ProviderFailure } from '../providers/types';

/** An error as the caches keep it: the provider's explanation, without what the server sent. */
export interface ExplainedFailure {
  readonly failure: ProviderFailure;
}

/** Headers a retry needs (Retry-After) and nothing else. */
function retryHeaders(headers: Headers | undefined): Headers | undefined {
  const retryAfter = headers?.get('retry-after');
  return retryAfter ? new Headers({ 'Retry-After': retryAfter }) : undefined;
}

class ExplainedApiError extends ApiError implements ExplainedFailure {
  readonly failure: ProviderFailure;
  constructor(source: ApiError, failure: ProviderFailure) {
    super({
      kind: source.kind,
      status: source.status,
      message: failure.message,
      requestId: failure.requestId,
      headers: retryHeaders(source.headers),
    });
    this.failure = failure;
  }
}

class ExplainedError extends Error implements ExplainedFailure {
  readonly failure: ProviderFailure;
  constructor(failure: ProviderFailure) {
    super(failure.message);
    this.name = 'ExplainedError';
    this.failure = failure;
  }
}

const isExplained = (error: unknown): error is ExplainedFailure =>
  error instanceof ExplainedApiError || error instanceof ExplainedError;

export function redactFailure(failure: ProviderFailure): ProviderFailure {
  return {
    ...failure,
    message: redactText(failure.message),
    fieldErrors: failure.fieldErrors.map((error) => ({ ...error, message: redactText(error.message) })),
    requestId: failure.requestId === undefined ? undefined : redactText(failure.requestId),
  };
}

export function safeProvider(provider: ProfileProvider): ProfileProvider {
  const describe = (error: unknown, situation?: ProviderErrorSituation): ProviderFailure =>
    isExplained(error) ? error.failure : redactFailure(provider.describeError(error, situation));
  const explained = (error: unknown, situation: ProviderErrorSituation): Error => {
    if (isExplained(error)) return error instanceof Error ? error : new ExplainedError(error.failure);
    const failure = describe(error, situation);
    return isApiError(error) ? new ExplainedApiError(error, failure) : new ExplainedError(failure);
  };
  const guard =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>, situation: ProviderErrorSituation) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        throw explained(error, situation);
      }
    };
  return {
    ...provider,
    load: guard(provider.load.bind(provider), 'load'),
    save: guard(provider.save.bind(provider), 'save'),
    describeError: describe,
    actions: provider.actions?.map((action) => ({
      ...action,
      run: guard(action.run.bind(action), 'action'),
    })),
    countrySources:
      provider.countrySources &&
      Object.fromEntries(
        Object.entries(provider.countrySources).map(([name, load]) => [name, guard(load, 'load')]),
      ),
  };
}
