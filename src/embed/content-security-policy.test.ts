import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import publicConfig from '../../public/config.json?raw';
import {
  allowedOriginsOf,
  contentSecurityPolicy,
  headersFile,
  parseOriginList,
} from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows framing by the app itself and the allowed origins only', () => {
    expect(contentSecurityPolicy(['https://portal.example.com', 'http://127.0.0.1:5174/'])).toBe(
      "frame-ancestors 'self' https://portal.example.com http://127.0.0.1:5174",
    );
    expect(contentSecurityPolicy([])).toBe("frame-ancestors 'self'");
  });

  it('drops duplicates and anything that is not an origin (no wildcards)', () => {
    expect(
      contentSecurityPolicy(['https://a.example', 'https://a.example', '*', 'javascript:alert(1)']),
    ).toBe("frame-ancestors 'self' https://a.example");
  });

  it('is built from the shipped config.json', () => {
    const origins = allowedOriginsOf(publicConfig);
    expect(origins).toContain('https://portal.example.com');
    expect(contentSecurityPolicy(origins)).toContain('https://portal.example.com');
  });

  it('reads the allowed origins of a config.json text', () => {
    expect(
      allowedOriginsOf('{"embed":{"allowedOrigins":["https://a.example","https://b.example/x",3]}}'),
    ).toEqual(['https://a.example']);
    expect(allowedOriginsOf('{"mode":"sandbox"}')).toEqual([]);
    expect(allowedOriginsOf('not json')).toEqual([]);
    expect(allowedOriginsOf(undefined)).toEqual([]);
  });

  it('parses a comma-separated origin list', () => {
    expect(
      parseOriginList(' http://127.0.0.1:4215, https://x.example/ ,, ftp://y, https://z.example/path'),
    ).toEqual(['http://127.0.0.1:4215', 'https://x.example']);
    expect(parseOriginList(undefined)).toEqual([]);
  });

  it('writes a _headers file for static hosts', () => {
    expect(headersFile(['https://portal.example.com'])).toBe(
      "/*\n  Content-Security-Policy: frame-ancestors 'self' https://portal.example.com\n",
    );
  });
});

describe('index.html', () => {
  it('has no inline scripts (only module scripts with a src)', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(indexHtml).not.toMatch(/\son[a-z]+=/i);
  });
});
