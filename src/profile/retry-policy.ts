// When the editor repeats a request by itself: reads may be repeated (they change nothing); a write only when
// repeating it is harmless (an idempotent PUT), never a POST or PATCH, whose second copy could apply twice. Only
// failures that may pass by themselves are retried (no answer, 5xx, 429), never a refusal (4xx), a cancel or a
// deadline the editor set.
import { isApiError } from '../api/api-error';
import { retryAfterMs } from './retry-after';

const MAX_RETRIES = 2;

/** A failure that may pass by itself: no answer, the server's own trouble, or "too many requests". */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.status >= 500 || error.status === 429);
}

/** Whether to load again after `failureCount` failures (TanStack Query's `retry`). */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

/** Whether to send a write again: only an idempotent one, and only after a transient failure. */
export function shouldRetryWrite(failureCount: number, error: unknown, idempotent: boolean): boolean {
  return idempotent && failureCount < MAX_RETRIES && isTransient(error);
}

/** How long to wait before the next attempt: what the server asked for (Retry-After), else a backoff. */
export const retryDelay = (attempt: number, error: unknown) =>
  retryAfterMs(error) ?? Math.min(500 * 2 ** attempt, 4000);
