import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { describeNavixyError, NAVIXY_CODES } from './navixy-errors';
import { FORM_KEYS } from './navixy-mapping';

const navixyFailure = (code: number, extra: Record<string, unknown> = {}) =>
  new ApiError({
    kind: 'http',
    status: 400,
    message: 'The server answered 400.',
    requestId: 'req-1',
    body: { success: false, status: { code, description: 'Navixy says' }, ...extra },
  });
const describe_ = (error: unknown) => describeNavixyError(error, FORM_KEYS);

describe('Navixy error mapping', () => {
  it('222: the account lacks the personal-info plugin, in plain words, and the form goes read-only', () => {
    const failure = describe_(navixyFailure(222));
    expect(failure.kind).toBe('read-only');
    expect(failure.message).toMatch(/does not include the personal-info feature/);
    expect(failure.message).toContain('req-1');
  });

  it('4: the session ended → sign in again, nothing lost', () => {
    expect(describe_(navixyFailure(4))).toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/session has ended.*Sign in again.*kept/s) as string,
    });
  });

  it('7: each parameter error lands on its field; unknown parameters go to the form message', () => {
    const failure = describe_(
      navixyFailure(7, {
        errors: [
          { parameter: 'phone', error: 'must be 0-15 digits' },
          { parameter: 'okpo_code', error: 'must be 8 or 10 characters' },
          { parameter: 'hash', error: 'wrong' },
        ],
      }),
    );
    expect(failure.kind).toBe('validation');
    expect(failure.fieldErrors).toEqual([
      { path: '/phone', message: 'Must be 0-15 digits.' },
      { path: '/okpo_code', message: 'Must be 8 or 10 characters.' },
    ]);
    expect(failure.message).toMatch(/highlighted fields.*hash: wrong/);
  });

  it('every documented code has its own plain message and kind', () => {
    for (const [code, expected] of Object.entries(NAVIXY_CODES)) {
      if (code === '7') continue;
      const failure = describe_(navixyFailure(Number(code)));
      expect(failure.kind, `code ${code}`).toBe(expected.kind);
      expect(failure.message, `code ${code}`).toContain(expected.message);
    }
    expect(describe_(navixyFailure(1)).kind).toBe('server');
    expect(describe_(navixyFailure(15)).kind).toBe('unavailable');
    expect(describe_(navixyFailure(101)).kind).toBe('read-only');
  });

  it('an undocumented code shows Navixy’s own description at form level', () => {
    expect(describe_(navixyFailure(263))).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('error 263: Navixy says') as string,
      fieldErrors: [],
    });
  });

  it('answers that are not Navixy’s envelope go by HTTP status', () => {
    const plain = (status: number) =>
      new ApiError({ kind: 'http', status, message: 'x', body: { message: 'gateway' } });
    expect(describe_(plain(401)).kind).toBe('auth');
    expect(describe_(plain(503)).kind).toBe('unavailable');
    expect(describe_(plain(500))).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('(500)') as string,
    });
    expect(describe_(new ApiError({ kind: 'network', message: 'offline' })).kind).toBe('network');
  });
});
