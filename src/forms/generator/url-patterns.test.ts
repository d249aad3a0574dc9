import { describe, expect, it } from 'vitest';
import { validateWith } from '../ajv';
import { generateForm } from './generate-form';
import { HANDLE, urlPattern } from './url-patterns';

const check = (spec: ReturnType<typeof urlPattern>, value: string) => {
  const { schema } = generateForm({ fields: [{ path: 'v', label: 'V', type: 'url', ...spec }] });
  return validateWith(schema, { v: value });
};

describe('urlPattern', () => {
  it('accepts http(s) web addresses and refuses other schemes, bare words and spaces', () => {
    const site = urlPattern();
    expect(check(site, 'https://example.com')).toEqual([]);
    expect(check(site, 'http://sub.example.co.uk/path?q=1')).toEqual([]);
    for (const bad of ['example.com', 'javascript:alert(1)', 'https://nohost', 'https://a b.com', 'jane'])
      expect(check(site, bad)).toHaveLength(1);
  });

  it('restricts to the given hosts and their subdomains', () => {
    const linkedin = urlPattern({ hosts: ['linkedin.com'] });
    expect(check(linkedin, 'https://www.linkedin.com/in/jane')).toEqual([]);
    expect(check(linkedin, 'https://linkedin.com.evil.io/in/jane')).toHaveLength(1);
    expect(check(linkedin, 'https://example.com/in/jane')).toHaveLength(1);
  });

  it('accepts a handle where allowed, with a message naming both forms', () => {
    const twitter = urlPattern({ hosts: ['x.com'], handle: { pattern: HANDLE, example: '@jane' } });
    expect(check(twitter, '@jane_doe')).toEqual([]);
    expect(check(twitter, 'jane')).toEqual([]);
    expect(check(twitter, 'https://x.com/jane')).toEqual([]);
    expect(check(twitter, 'jane doe')).toHaveLength(1);
    expect(twitter.patternMessage).toMatch(/web address .* or a user name such as @jane/);
  });
});
