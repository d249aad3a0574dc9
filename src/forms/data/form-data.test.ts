import { describe, expect, it } from 'vitest';
import { changedKeys, changedPointers, sameValue, withoutSecrets } from './form-data';

describe('form data helpers', () => {
  it('treats empty values alike', () => {
    expect(sameValue({ a: '' }, {})).toBe(true);
    expect(sameValue({ a: null }, { a: undefined })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 'x' }, {})).toBe(false);
  });

  it('finds changed keys and leaf pointers', () => {
    expect(changedKeys({ a: 1, b: 2 }, { a: 1, b: 3, c: 4 })).toEqual(['b', 'c']);
    expect(
      changedPointers({ address: { city: 'A', zip: '1' } }, { address: { city: 'B', zip: '1' } }),
    ).toEqual(['/address/city']);
  });

  it('removes secrets without touching the original', () => {
    const data = { name: 'x', credentials: { password: 'p', repeat: 'p' } };
    expect(withoutSecrets(data, ['/credentials/password', '/credentials/repeat'])).toEqual({
      name: 'x',
      credentials: {},
    });
    expect(data.credentials.password).toBe('p');
  });
});
