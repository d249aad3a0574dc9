// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  routeCodeOf,
  routeCodeTag,
  withoutRouteCodeDeps,
  type BuiltBundle,
  type BuiltChunk,
} from './vite-plugin-route-code.ts';

const ROOT = '/project';
const chunk = (fileName: string, imports: string[], extra: Partial<BuiltChunk> = {}): BuiltChunk => ({
  type: 'chunk',
  fileName,
  imports,
  facadeModuleId: null,
  isEntry: false,
  ...extra,
});

const bundle: BuiltBundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/react.js'], {
    isEntry: true,
    facadeModuleId: path.join(ROOT, 'src/main.tsx'),
    viteMetadata: { importedCss: new Set(['assets/index.css']) },
  }),
  'assets/react.js': chunk('assets/react.js', []),
  'assets/App.js': chunk('assets/App.js', ['assets/react.js', 'assets/mui.js'], {
    facadeModuleId: path.join(ROOT, 'src/app/App.tsx'),
    viteMetadata: { importedCss: new Set(['assets/App.css']) },
  }),
  'assets/mui.js': chunk('assets/mui.js', ['assets/react.js', 'assets/emotion.js']),
  'assets/emotion.js': chunk('assets/emotion.js', ['assets/mui.js']),
  'assets/wise.js': chunk('assets/wise.js', ['assets/mui.js', 'assets/phone.js'], {
    facadeModuleId: path.join(ROOT, 'src/providers/wise/provider.ts'),
  }),
  'assets/phone.js': chunk('assets/phone.js', []),
  'assets/logo.svg': { type: 'asset' },
};

describe('the code each kind of page needs (route-code)', () => {
  it("lists a route's whole static graph and its CSS, without what index.html already loads", () => {
    const code = routeCodeOf(bundle, ROOT, {
      app: 'src/app/App.tsx',
      'provider:wise': 'src/providers/wise/provider.ts',
    });
    expect(code).toEqual({
      app: ['/assets/App.js', '/assets/App.css', '/assets/mui.js', '/assets/emotion.js'],
      'provider:wise': ['/assets/wise.js', '/assets/mui.js', '/assets/emotion.js', '/assets/phone.js'],
    });
  });

  it('lists the graphs of several modules of a route together, once each', () => {
    const code = routeCodeOf(bundle, ROOT, { app: ['src/providers/wise/provider.ts', 'src/app/App.tsx'] });
    expect(code.app).toEqual([
      '/assets/wise.js',
      '/assets/mui.js',
      '/assets/emotion.js',
      '/assets/phone.js',
      '/assets/App.js',
      '/assets/App.css',
    ]);
  });

  it('finds a route module bundled with others into one chunk (a group of build.rolldownOptions)', () => {
    const grouped: BuiltBundle = {
      ...bundle,
      'assets/App.js': chunk('assets/App.js', ['assets/react.js', 'assets/mui.js'], {
        moduleIds: [path.join(ROOT, 'src/app/start-route.ts'), path.join(ROOT, 'src/app/App.tsx')],
      }),
    };
    expect(routeCodeOf(grouped, ROOT, { app: ['src/app/start-route.ts', 'src/app/App.tsx'] }).app).toEqual([
      '/assets/App.js',
      '/assets/mui.js',
      '/assets/emotion.js',
    ]);
  });

  it('writes paths under the configured base', () => {
    expect(
      routeCodeOf(bundle, ROOT, { 'provider:wise': 'src/providers/wise/provider.ts' }, '/editor/'),
    ).toEqual({
      'provider:wise': [
        '/editor/assets/wise.js',
        '/editor/assets/mui.js',
        '/editor/assets/emotion.js',
        '/editor/assets/phone.js',
      ],
    });
  });

  it('fails the build when a route module is not a chunk of its own', () => {
    expect(() => routeCodeOf(bundle, ROOT, { embed: 'src/app/EmbedApp.tsx' })).toThrow(/EmbedApp\.tsx/);
  });

  it('escapes the list for an attribute, and reads back as the same JSON', () => {
    const tag = routeCodeTag({ app: ['/assets/a"b<c>&.js'] });
    expect(tag).not.toMatch(/content="[^"]*"[^ ]/);
    const content = /content="([^"]*)"/.exec(tag)?.[1] ?? '';
    const decoded = content
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ app: ['/assets/a"b<c>&.js'] });
  });
});

describe('the preload lists Vite keeps at run time', () => {
  const deps = ['assets/mui-1.js', 'assets/App-1.css'];
  const resolve = withoutRouteCodeDeps(() => ({
    app: ['src/app/start-route.ts', 'src/app/App.tsx'],
    embed: 'src/app/EmbedApp.tsx',
    'provider:wise': 'src/providers/wise/provider.ts',
  }));
  it("drops them for the entry's imports of the route's code (boot.js preloaded it), and only there", () => {
    const fromEntry = { hostId: 'assets/index-Ab12Cd34.js', hostType: 'js' } as const;
    for (const file of [
      'assets/App-x1Y2z3W4.js',
      'assets/EmbedApp-y2_3-4a5.js',
      'assets/start-route-z3Q9r8T7.js',
      'assets/provider-w4E5r6T7.js',
    ])
      expect(resolve(file, deps, fromEntry)).toEqual([]);
    // The sandbox, the benchmark page, lazy parts of the app, a chunk whose name only starts like a route's: their
    // lists stay.
    for (const file of [
      'assets/sandbox-a1B2c3D4.js',
      'assets/bench-entry-b2C3d4E5.js',
      'assets/SignInDialog-c3D4e5F6.js',
      'assets/provider-messages-d4E5f6G7.js',
    ])
      expect(resolve(file, deps, fromEntry)).toEqual(deps);
    expect(
      resolve('assets/provider-w4E5r6T7.js', deps, { hostId: 'assets/App-x1Y2z3W4.js', hostType: 'js' }),
    ).toEqual(deps);
    expect(resolve('assets/index-Ab12Cd34.js', deps, { hostId: 'index.html', hostType: 'html' })).toEqual(
      deps,
    );
  });
});
