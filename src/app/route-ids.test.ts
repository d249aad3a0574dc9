import { describe, expect, it } from 'vitest';
import { messagesReady } from '../i18n';
import { decodeSegment, idProblem } from './route-ids';

describe('route ids', () => {
  it('decodes once: an encoded escape stays an escape', () => {
    expect(decodeSegment('%252e%252e')).toBe('%2e%2e');
    expect(decodeSegment('a%20b')).toBe('a b');
    expect(decodeSegment('a%2Fb')).toBe('a/b');
  });

  it('refuses malformed escapes instead of throwing', () => {
    expect(decodeSegment('%')).toBeUndefined();
    expect(decodeSegment('%zz')).toBeUndefined();
  });

  it('refuses empty and dot-segment ids with a clear message, and accepts the rest', () => {
    expect(idProblem('', 'user id')).toBe('The user id is empty.');
    expect(idProblem('  ', 'user id')).toBe('The user id is empty.');
    expect(idProblem('.', 'user id')).toBe('"." is not a valid user id.');
    expect(idProblem('..', 'profile id')).toBe('".." is not a valid profile id.');
    for (const id of ['%2e%2e', '...', 'demo', 'a/b', '50%']) expect(idProblem(id, 'id')).toBeUndefined();
  });

  it('says why in the locale shown (German, Japanese)', async () => {
    await Promise.all([messagesReady('de'), messagesReady('ja')]);
    expect(idProblem('', 'Benutzer-ID', 'de')).toBe('Die Angabe „Benutzer-ID“ ist leer.');
    expect(idProblem('..', 'ID', 'de')).toBe('„..“ ist keine gültige Angabe für „ID“.');
    expect(idProblem('', 'ID', 'ja')).toBe('「ID」が空です。');
    expect(idProblem('.', 'ID', 'ja-JP')).toBe('「.」は有効な「ID」ではありません。');
  });
});
