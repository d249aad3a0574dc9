// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { credentials, sessionKeyFor, subjectOfCredential, takeFragmentCredentials } from './credentials';
import { knownSecrets } from './redaction';

afterEach(() => credentials.clear());

const jwt = (payload: object) => `e30.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.sig`;

describe('takeFragmentCredentials', () => {
  it('takes token and subject and removes them from the address bar, keeping the rest', () => {
    window.history.replaceState(null, '', '/camunda/demo?x=1#token=s3cret&subject=alice&tab=2');
    expect(takeFragmentCredentials()).toEqual({ token: 's3cret', subject: 'alice' });
    expect(window.location.href).not.toContain('s3cret');
    expect(window.location.href).not.toContain('alice');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#tab=2');
  });

  it('cleans an empty token too, and leaves other fragments alone', () => {
    window.history.replaceState(null, '', '/embed#token=');
    expect(takeFragmentCredentials()).toEqual({ token: undefined, subject: undefined });
    expect(window.location.href).toMatch(/\/embed$/);
    window.history.replaceState(null, '', '/uphold#details');
    takeFragmentCredentials();
    expect(window.location.hash).toBe('#details');
  });

  it('ignores a token in the query string', () => {
    window.history.replaceState(null, '', '/camunda/demo?token=leaked');
    expect(takeFragmentCredentials().token).toBeUndefined();
  });
});

describe('sessions', () => {
  it('keeps the session for a token refresh of the same subject, starts a new one for another', () => {
    const changes = vi.fn();
    const stop = credentials.onSessionChange(changes);
    credentials.signIn('ALICE-1', 'alice');
    const alice = credentials.sessionKey;
    expect(changes).toHaveBeenCalledTimes(1);

    credentials.signIn('ALICE-2', 'alice');
    expect(credentials.sessionKey).toBe(alice);
    expect(credentials.token).toBe('ALICE-2');
    expect(changes).toHaveBeenCalledTimes(1);

    credentials.signIn('BOB-1', 'bob');
    expect(credentials.sessionKey).not.toBe(alice);
    expect(changes).toHaveBeenLastCalledWith({ previous: alice, next: credentials.sessionKey });
    stop();
  });

  it('treats every sign-in without a subject as another person', () => {
    credentials.signIn('ALICE');
    const first = credentials.sessionKey;
    credentials.signIn('ALICE');
    expect(credentials.sessionKey).not.toBe(first);
  });

  it('keeps the session for a refresh, and names a subject by a stable key that does not contain it', () => {
    credentials.signIn('T1', 'alice@example.com');
    const key = credentials.sessionKey;
    credentials.refresh('T2');
    expect(credentials.sessionKey).toBe(key);
    expect(key).toBe(sessionKeyFor('alice@example.com'));
    expect(key).not.toContain('alice');
  });

  it('clears the credential and the session', () => {
    credentials.signIn('T1', 'alice');
    const key = credentials.sessionKey;
    credentials.clear();
    expect(credentials.token).toBeUndefined();
    expect(credentials.sessionKey).not.toBe(key);
  });

  it('remembers every credential seen, for redaction', () => {
    credentials.signIn('first-token-1', 'a');
    credentials.refresh('rotated-token-2');
    expect(knownSecrets()).toEqual(expect.arrayContaining(['first-token-1', 'rotated-token-2']));
  });
});

describe('subjectOfCredential', () => {
  it('reads the user of a Basic credential and the issuer and subject of a JWT', () => {
    expect(subjectOfCredential('demo:s3cret')).toBe('basic:demo');
    expect(subjectOfCredential(jwt({ iss: 'https://id.example', sub: '42' }))).toBe(
      'jwt:https://id.example|42',
    );
  });

  it('names nobody for an opaque token', () => {
    expect(subjectOfCredential('b2f1c0ffee')).toBeUndefined();
    expect(subjectOfCredential('a.b.c')).toBeUndefined();
    expect(subjectOfCredential(jwt({ name: 'no sub' }))).toBeUndefined();
  });
});
