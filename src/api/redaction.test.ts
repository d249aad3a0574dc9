import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetSecretsForTests,
  knownSecrets,
  redactDeep,
  redactText,
  rememberAuthorization,
  rememberCredential,
} from './redaction';

afterEach(forgetSecretsForTests);

describe('redaction', () => {
  it('redacts a Basic credential in every form it is sent or echoed', () => {
    rememberCredential('demo:correct-horse');
    rememberAuthorization(`Basic ${btoa('demo:correct-horse')}`);
    const base64 = btoa('demo:correct-horse');
    const echoed = [
      `proxy refused Authorization: Basic ${base64}`,
      `credential ${base64.replace(/=+$/, '')} is not valid`,
      'user demo:correct-horse is locked',
      'password correct-horse expired',
    ];
    for (const text of echoed) {
      expect(redactText(text)).not.toMatch(/correct-horse|ZGVtbzpjb3JyZWN0LWhvcnNl/);
      expect(redactText(text)).toContain('[redacted]');
    }
    // The user name alone is not a secret.
    expect(redactText('user demo')).toBe('user demo');
  });

  it('redacts a rotated token as well as the current one, and the full header value', () => {
    rememberCredential('old-token-123');
    rememberCredential('new-token-456');
    rememberAuthorization('NVX new-token-456');
    expect(redactText('old-token-123 then NVX new-token-456')).toBe('[redacted] then [redacted]');
  });

  it('redacts a URL-encoded token', () => {
    rememberCredential('a/b+c=d');
    expect(redactText(`?t=${encodeURIComponent('a/b+c=d')}`)).toBe('?t=[redacted]');
  });

  it('redacts deep inside a message, keeping its shape', () => {
    rememberCredential('s3cret-token');
    expect(redactDeep({ type: 'error', message: 'bad s3cret-token', list: ['s3cret-token', 1] })).toEqual({
      type: 'error',
      message: 'bad [redacted]',
      list: ['[redacted]', 1],
    });
  });

  it('ignores credentials too short to search for, and short Basic passwords on their own', () => {
    rememberCredential('ab');
    rememberCredential('demo:demo');
    expect(knownSecrets()).not.toContain('ab');
    expect(knownSecrets()).not.toContain('demo');
    expect(redactText('the demo user')).toBe('the demo user');
  });
});
