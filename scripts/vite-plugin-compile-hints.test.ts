// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT, loadTimeChunks, modulesOf } from './vite-plugin-compile-hints.ts';
import type { BuiltChunk } from './vite-plugin-route-code.ts';

const ROOT = '/project';
type Chunk = BuiltChunk & { code: string };
const chunk = (fileName: string, imports: string[], extra: Partial<Chunk> = {}): Chunk => ({
  type: 'chunk',
  fileName,
  imports,
  facadeModuleId: null,
  isEntry: false,
  code: `/* ${fileName} */`,
  ...extra,
});

/** An entry, the app and a provider loaded by route, and code only some pages load later. */
const bundle = () => ({
  'assets/index.js': chunk('assets/index.js', ['assets/react.js'], {
    isEntry: true,
    facadeModuleId: path.join(ROOT, 'src/main.tsx'),
  }),
  'assets/react.js': chunk('assets/react.js', []),
  'assets/App.js': chunk('assets/App.js', ['assets/react.js', 'assets/form.js'], {
    moduleIds: [path.join(ROOT, 'src/app/App.tsx'), path.join(ROOT, 'src/app/AppShell.tsx')],
  }),
  'assets/form.js': chunk('assets/form.js', ['assets/react.js']),
  'assets/provider.js': chunk('assets/provider.js', ['assets/form.js'], {
    facadeModuleId: path.join(ROOT, 'src/providers/wise/provider.ts'),
  }),
  'assets/de.js': chunk('assets/de.js', []),
  'assets/sandbox.js': chunk('assets/sandbox.js', ['assets/react.js']),
  'assets/logo.svg': { type: 'asset' as const },
});

const routes = modulesOf({ app: ['src/app/App.tsx'], 'provider:wise': 'src/providers/wise/provider.ts' });

describe('the compile hint on the code a page runs while it loads (compile-hints)', () => {
  it('finds the entry, the routes’ chunks and their static imports, and leaves out code loaded later', () => {
    expect([...loadTimeChunks(bundle(), ROOT, routes)].sort()).toEqual([
      'assets/App.js',
      'assets/form.js',
      'assets/index.js',
      'assets/provider.js',
      'assets/react.js',
    ]);
  });

  it('puts the hint on the first line of those chunks, once however often the build asks', () => {
    const built = bundle();
    addCompileHints(built, ROOT, routes);
    addCompileHints(built, ROOT, routes);
    expect(built['assets/App.js'].code).toBe(`${COMPILE_HINT}/* assets/App.js */`);
    expect(built['assets/index.js'].code.startsWith(COMPILE_HINT)).toBe(true);
    expect(built['assets/react.js'].code.split(COMPILE_HINT)).toHaveLength(2);
    expect(built['assets/de.js'].code).toBe('/* assets/de.js */');
    expect(built['assets/sandbox.js'].code).toBe('/* assets/sandbox.js */');
  });

  it('names a route module that no chunk is built from', () => {
    expect(() => loadTimeChunks(bundle(), ROOT, ['src/app/Gone.tsx'])).toThrow(
      'compile-hints: no chunk is built from src/app/Gone.tsx',
    );
  });
});
