import { describe, expect, it } from 'vitest';
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
});
