import { describe, expect, it } from 'vitest';
import { separateSecrets, withSecrets } from './secrets';

describe('separateSecrets / withSecrets', () => {
  const paths = ['/password', '/credentials/repeat', '/absent'];
  const data = { name: 'Ann', password: 'p1', credentials: { repeat: 'p1', hint: 'cat' } };

  it('takes the secrets out without touching the original, and puts them back', () => {
    const [clean, held] = separateSecrets(data, paths);
    expect(clean).toEqual({ name: 'Ann', credentials: { hint: 'cat' } });
    expect(JSON.stringify(clean)).not.toContain('p1');
    expect(held).toEqual([
      ['/password', 'p1'],
      ['/credentials/repeat', 'p1'],
    ]);
    expect(data.password).toBe('p1');
    expect(withSecrets(clean, held)).toEqual(data);
    expect(clean).not.toHaveProperty('password');
  });

  it('leaves data without secrets as it is', () => {
    const [clean, held] = separateSecrets({ name: 'Bo' }, paths);
    expect(held).toEqual([]);
    expect(withSecrets(clean, held)).toEqual({ name: 'Bo' });
  });
});
