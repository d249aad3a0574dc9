import { afterEach, describe, expect, it } from 'vitest';
import { credentials, takeTokenFromFragment } from './credentials';

afterEach(() => credentials.set(undefined));

describe('takeTokenFromFragment', () => {
  it('keeps the token in memory and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/camunda/demo?x=1#token=s3cret&tab=2');
    expect(takeTokenFromFragment()).toBe('s3cret');
    expect(credentials.token).toBe('s3cret');
    expect(window.location.href).not.toContain('s3cret');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#tab=2');
  });

  it('ignores a token in the query string', () => {
    window.history.replaceState(null, '', '/camunda/demo?token=leaked');
    expect(takeTokenFromFragment()).toBeUndefined();
    expect(credentials.token).toBeUndefined();
  });
});
