// How long the server asked us to wait before trying again (429/503 Retry-After).
import { isApiError } from '../api/api-error';

const MAX_WAIT_MS = 60_000;

/** Milliseconds from a Retry-After header (seconds or an HTTP date), or undefined when there is none. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!isApiError(error)) return undefined;
  const value = error.headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), MAX_WAIT_MS);
}
