// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  contentSecurityPolicy,
  headersFile,
  NONCE_PLACEHOLDER,
  parseOriginList,
  policyInputsOf,
  securityHeaders,
  withExtraAllowedOrigins,
  withNonce,
} from './security-headers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const publicConfig = readFileSync(path.join(root, 'public/config.json'), 'utf8');
const indexHtml = readFileSync(path.join(root, 'index.html'), 'utf8');

const config = JSON.stringify({
  mode: 'live',
  providers: {
    camunda: { baseUrl: 'https://proxy.example.com/engine-rest' },
    wise: { baseUrl: 'https://proxy.example.com/wise' },
    navixy: { baseUrl: 'https://api.eu.navixy.com/v2' },
  },
  embed: { allowedOrigins: ['https://portal.example.com', 'https://bad.example/path', '*'] },
  markdown: { imageOrigins: ['https://images.example.com', 'http://plain.example.com'] },
});

const directive = (policy: string, name: string) =>
  policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('is strict: scripts from the app only, no eval, no plugins, no base, framing by the allowlist', () => {
    const policy = securityHeaders({ configText: config, nonce: 'abc' })['Content-Security-Policy'];
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self' https://portal.example.com");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('connects only to the app and the configured API origins, and shows images from listed https origins', () => {
    const policy = securityHeaders({ configText: config, nonce: 'abc' })['Content-Security-Policy'];
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' https://proxy.example.com https://api.eu.navixy.com",
    );
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: https://images.example.com");
  });

  it("allows the app's inserted styles by this response's nonce, and needs 'unsafe-inline' only without one", () => {
    expect(directive(contentSecurityPolicy({ nonce: 'n0nce' }), 'style-src')).toBe(
      "style-src 'self' 'nonce-n0nce'",
    );
    expect(directive(contentSecurityPolicy({}), 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(contentSecurityPolicy({}), 'script-src')).toBe("script-src 'self'");
  });

  it('adds what the dev server needs only in dev', () => {
    const dev = contentSecurityPolicy({ nonce: 'n', dev: true });
    expect(directive(dev, 'script-src')).toBe("script-src 'self' 'nonce-n'");
    expect(directive(dev, 'connect-src')).toBe("connect-src 'self' ws: wss:");
  });
});

describe('the other headers', () => {
  it('are sent with the policy', () => {
    expect(securityHeaders({ configText: config })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': expect.stringContaining('camera=()') as string,
    });
  });

  it('are written into a _headers file for static hosts', () => {
    const file = headersFile(config);
    expect(file.startsWith('/*\n')).toBe(true);
    expect(file).toContain("  Content-Security-Policy: default-src 'self';");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});

describe('config inputs', () => {
  it('reads origins from a config.json text, and nothing from a broken one', () => {
    expect(policyInputsOf(config)).toMatchObject({
      frameAncestors: ['https://portal.example.com'],
      mode: 'live',
    });
    expect(policyInputsOf('not json')).toEqual({
      frameAncestors: [],
      connect: [],
      images: [],
      mode: undefined,
    });
    expect(policyInputsOf(undefined).frameAncestors).toEqual([]);
  });

  it('the committed config.json holds production-like origins only', () => {
    const { frameAncestors, connect } = policyInputsOf(publicConfig);
    for (const origin of [...frameAncestors, ...connect]) {
      expect(origin).not.toMatch(/127\.0\.0\.1|localhost:5174/);
    }
  });

  it('parses a comma-separated origin list, and adds it to a served config', () => {
    expect(
      parseOriginList(' http://127.0.0.1:4215, https://x.example/ ,, ftp://y, https://z.example/p'),
    ).toEqual(['http://127.0.0.1:4215', 'https://x.example']);
    const merged = withExtraAllowedOrigins(config, ['http://127.0.0.1:4410']) ?? '';
    expect(policyInputsOf(merged).frameAncestors).toContain('http://127.0.0.1:4410');
    expect(withExtraAllowedOrigins(config, [])).toBeUndefined();
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

  it('gets a fresh nonce in place of the placeholder', () => {
    expect(withNonce(`<meta nonce="${NONCE_PLACEHOLDER}"><script nonce="${NONCE_PLACEHOLDER}">`, 'xyz')).toBe(
      '<meta nonce="xyz"><script nonce="xyz">',
    );
  });
});
