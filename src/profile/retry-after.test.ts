import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { retryAfterMs } from './retry-after';

const tooMany = (retryAfter?: string) =>
  new ApiError({
    kind: 'http',
    status: 429,
    message: 'x',
    headers: new Headers(retryAfter ? { 'Retry-After': retryAfter } : {}),
  });

describe('Retry-After', () => {
  it('waits as long as the server asks (seconds or a date), at most a minute', () => {
    expect(retryAfterMs(tooMany('7'))).toBe(7000);
    expect(
      retryAfterMs(tooMany(new Date(Date.UTC(2030, 0, 1, 0, 0, 3)).toUTCString()), Date.UTC(2030, 0, 1)),
    ).toBe(3000);
    expect(retryAfterMs(tooMany('3600'))).toBe(60_000);
  });

  it('says nothing without the header', () => {
    expect(retryAfterMs(tooMany())).toBeUndefined();
  });
});
