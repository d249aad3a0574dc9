// @vitest-environment jsdom
// public/boot.js, second part: the code of the page being opened is preloaded from the list the build writes into
// index.html (scripts/vite-plugin-route-code.ts).
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';

const boot = readFileSync('public/boot.js', 'utf8');
const CODE = {
  app: ['/assets/App-1.js', '/assets/shared-1.js', '/assets/App-1.css'],
  embed: ['/assets/EmbedApp-1.js', '/assets/shared-1.js'],
  'provider:wise': ['/assets/wise-1.js', '/assets/shared-1.js'],
};

function open(path: string, content: string | null = JSON.stringify(CODE)) {
  document.head.innerHTML = '';
  if (content !== null) {
    const meta = document.createElement('meta');
    meta.name = 'route-code';
    meta.content = content;
    document.head.append(meta);
  }
  window.history.replaceState({}, '', path);
  runInThisContext(boot);
  return [...document.head.querySelectorAll('link')].map((link) => ({
    href: link.getAttribute('href'),
    rel: link.rel,
    as: link.getAttribute('as'),
    crossOrigin: link.getAttribute('crossorigin'),
  }));
}

afterEach(() => {
  document.head.innerHTML = '';
});

describe('public/boot.js (the route’s code)', () => {
  it("preloads the app and the address's provider once each, scripts as modules and styles as styles", () => {
    expect(open('/wise/14575282')).toEqual([
      { href: '/assets/App-1.js', rel: 'modulepreload', as: null, crossOrigin: '' },
      { href: '/assets/shared-1.js', rel: 'modulepreload', as: null, crossOrigin: '' },
      { href: '/assets/App-1.css', rel: 'preload', as: 'style', crossOrigin: '' },
      { href: '/assets/wise-1.js', rel: 'modulepreload', as: null, crossOrigin: '' },
    ]);
  });

  it('preloads the app alone where the address names no provider, the embed on /embed, nothing on /bench', () => {
    expect(open('/').map((link) => link.href)).toEqual(CODE.app);
    expect(open('/nobody/1').map((link) => link.href)).toEqual(CODE.app);
    expect(open('/embed').map((link) => link.href)).toEqual(CODE.embed);
    expect(open('/bench')).toEqual([]);
  });

  it('preloads nothing without a list (the dev server) or with one it cannot read, and only asset paths', () => {
    expect(open('/wise/1', null)).toEqual([]);
    expect(open('/wise/1', '{not json')).toEqual([]);
    expect(
      open('/wise/1', JSON.stringify({ app: ['https://elsewhere.example/x.js', '//x.example/y.js', 3] })),
    ).toEqual([]);
  });
});
