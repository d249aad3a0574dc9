import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { retryDelay, shouldRetryRead, shouldRetryWrite } from './retry-policy';

const http = (status: number, headers?: Record<string, string>) =>
  new ApiError({ kind: 'http', status, message: 'x', headers: new Headers(headers) });
const network = new ApiError({ kind: 'network', message: 'x' });
const timeout = new ApiError({ kind: 'timeout', message: 'x' });
const aborted = new ApiError({ kind: 'aborted', message: 'x' });

describe('retry policy', () => {
  it('repeats reads after failures that may pass, at most twice', () => {
    for (const error of [network, timeout, http(500), http(503), http(429)]) {
      expect(shouldRetryRead(0, error)).toBe(true);
      expect(shouldRetryRead(1, error)).toBe(true);
      expect(shouldRetryRead(2, error)).toBe(false);
    }
  });

  it('never repeats a refusal, a cancel or an unknown error', () => {
    for (const error of [http(400), http(401), http(403), http(404), http(409), aborted, new Error('x')]) {
      expect(shouldRetryRead(0, error)).toBe(false);
      expect(shouldRetryWrite(0, error, true)).toBe(false);
    }
  });

  it('repeats an idempotent write (PUT) after a transient failure', () => {
    expect(shouldRetryWrite(0, network, true)).toBe(true);
    expect(shouldRetryWrite(0, http(502), true)).toBe(true);
    expect(shouldRetryWrite(2, http(502), true)).toBe(false);
  });

  it('never repeats a write that is not idempotent (POST, PATCH), whatever the failure', () => {
    for (const error of [network, timeout, http(500), http(503), http(429)]) {
      expect(shouldRetryWrite(0, error, false)).toBe(false);
    }
  });

  it('waits as the server asks, else backs off', () => {
    expect(retryDelay(0, http(503, { 'Retry-After': '3' }))).toBe(3000);
    expect(retryDelay(0, network)).toBe(500);
    expect(retryDelay(1, network)).toBe(1000);
    expect(retryDelay(5, network)).toBe(4000);
  });
});
