import { describe, expect, it } from 'vitest';
import { detectParentOrigin, isAllowedOrigin } from './origins';

const allowed = ['https://portal.example.com', 'http://127.0.0.1:5174/'];

describe('isAllowedOrigin', () => {
  it('accepts exactly the listed origins', () => {
    expect(isAllowedOrigin('https://portal.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5174', allowed)).toBe(true);
  });

  it('refuses anything else, however close', () => {
    for (const origin of [
      'http://portal.example.com', // scheme
      'https://portal.example.com:8443', // port
      'https://evil.portal.example.com', // subdomain
      'https://portal.example.com.evil.com', // suffix
      'http://localhost:5174', // another name for the same machine is another origin
      'https://portal.example.com/', // not an origin
      'null', // sandboxed frames and file: pages
      '',
      '*',
    ]) {
      expect(isAllowedOrigin(origin, allowed), origin).toBe(false);
    }
  });

  it('allows nothing when the list is empty', () => {
    expect(isAllowedOrigin('https://portal.example.com', [])).toBe(false);
  });
});

describe('detectParentOrigin', () => {
  const ancestors = (...origins: string[]) =>
    ({
      ancestorOrigins: Object.assign([...origins], { contains: () => false, item: () => null }),
    }) as unknown as {
      ancestorOrigins: DOMStringList;
    };

  it('takes the ancestor origin when the browser reports it and it is allowed', () => {
    expect(detectParentOrigin(allowed, ancestors('https://portal.example.com'), '')).toBe(
      'https://portal.example.com',
    );
  });

  it('falls back to the referrer', () => {
    expect(detectParentOrigin(allowed, {}, 'http://127.0.0.1:5174/account?tab=1')).toBe(
      'http://127.0.0.1:5174',
    );
  });

  it('is unknown for a parent that is not allowed, or unknown', () => {
    expect(detectParentOrigin(allowed, ancestors('https://evil.example'), '')).toBeUndefined();
    expect(detectParentOrigin(allowed, {}, '')).toBeUndefined();
  });
});
