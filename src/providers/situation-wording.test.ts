// Every provider words a failure for the situation it happened in: a failed load has no changes to keep and never
// talks of saving; a 401 on load is an ended session (the shell offers Sign in again); a save keeps the changes.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { describeCamundaError } from './camunda/camunda-errors';
import { describeNavixyError } from './navixy/navixy-errors';
import { createNexudusErrorDescriber } from './nexudus/nexudus-errors';
import type { ProviderErrorSituation, ProviderFailure } from './types';
import { describeUpholdError } from './uphold/uphold-errors';
import { describeWiseError } from './wise/wise-errors';

const http = (status: number, body: unknown = null) =>
  new ApiError({ kind: 'http', status, body, message: `HTTP ${status}` });

const describers: Record<string, (error: unknown, situation: ProviderErrorSituation) => ProviderFailure> = {
  camunda: describeCamundaError,
  wise: describeWiseError,
  navixy: (error, situation) => describeNavixyError(error, new Set(), situation),
  nexudus: createNexudusErrorDescriber(new Set()),
  uphold: describeUpholdError,
};

describe.each(Object.entries(describers))('%s words failures by situation', (_id, describeError) => {
  it('a server error on load says the profile could not be sent, not that changes are kept', () => {
    const failure = describeError(http(500), 'load');
    expect(failure.kind).toBe('server');
    expect(failure.message).toMatch(/could not send your profile/);
    expect(failure.message).not.toMatch(/kept|save/i);
  });

  it('a server error on save says the changes were not saved and are kept', () => {
    const failure = describeError(http(500), 'save');
    expect(failure.message).toMatch(/could not save your changes/);
    expect(failure.message).toMatch(/Your changes are kept in the form\./);
  });

  it('a server error in an action says the request did not complete', () => {
    const failure = describeError(http(500), 'action');
    expect(failure.message).toMatch(/could not complete the request/);
    expect(failure.message).not.toMatch(/kept/);
  });

  it('a 401 on load is an ended session with Sign in again, and no changes to keep', () => {
    const failure = describeError(http(401), 'load');
    expect(failure.kind).toBe('auth');
    expect(failure.message).toContain('Sign in again to see your profile.');
    expect(failure.message).not.toMatch(/kept/);
  });

  it('a 401 on save keeps the changes', () => {
    const failure = describeError(http(401), 'save');
    expect(failure.kind).toBe('auth');
    expect(failure.message).toContain('Sign in again; your changes are kept in the form.');
  });

  it('an unreachable provider on load does not talk of changes', () => {
    const failure = describeError(new ApiError({ kind: 'network', message: 'offline.' }), 'load');
    expect(failure.kind).toBe('network');
    expect(failure.message).not.toMatch(/kept/);
    expect(describeError(new ApiError({ kind: 'network', message: 'offline.' }), 'save').message).toMatch(
      /kept/,
    );
  });
});

describe('Wise on load', () => {
  it('a 404 says there is no such profile, never that a change was refused', () => {
    const failure = describeWiseError(
      http(404, { errors: [{ code: 'NOT_FOUND', message: 'Profile not found.' }] }),
      'load',
    );
    expect(failure.kind).toBe('not-found');
    expect(failure.message).toBe('Wise has no personal profile with this id.');
  });

  it('validation errors while loading are a failure to read, not a refused change', () => {
    const failure = describeWiseError(http(422, { errors: [{ code: 'X', message: 'Bad id.' }] }), 'load');
    expect(failure.kind).toBe('server');
    expect(failure.message).not.toMatch(/did not accept|kept/);
    expect(failure.message).toContain('Bad id.');
  });
});
