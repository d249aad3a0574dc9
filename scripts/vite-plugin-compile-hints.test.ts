// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCompileHints,
  COMPILE_HINT,
  loadTimeChunks,
  modulesOf,
  shiftSourceMapText,
  type CodeChunk,
} from './vite-plugin-compile-hints.ts';

const ROOT = '/project';
const chunk = (fileName: string, imports: string[], extra: Partial<CodeChunk> = {}): CodeChunk => ({
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

  it('keeps each chunk’s source map pointing at the line it meant: one empty line for the hint, once', () => {
    const mapText = (file: string) =>
      JSON.stringify({ version: 3, file, sources: ['src/a.ts'], names: [], mappings: 'AAAA;AACA' });
    const built = {
      ...bundle(),
      'assets/App.js.map': { type: 'asset' as const, source: mapText('App.js') },
      'assets/de.js.map': { type: 'asset' as const, source: mapText('de.js') },
    };
    built['assets/App.js'].map = { mappings: 'AAAA;AACA' };
    built['assets/de.js'].map = { mappings: 'AAAA;AACA' };
    addCompileHints(built, ROOT, routes);
    addCompileHints(built, ROOT, routes);
    expect(built['assets/App.js'].map?.mappings).toBe(';AAAA;AACA');
    expect(JSON.parse(built['assets/App.js.map'].source)).toEqual({
      version: 3,
      file: 'App.js',
      sources: ['src/a.ts'],
      names: [],
      mappings: ';AAAA;AACA',
    });
    // Code loaded later has no hint, so its map is left as it was.
    expect(built['assets/de.js'].map?.mappings).toBe('AAAA;AACA');
    expect(built['assets/de.js.map'].source).toBe(mapText('de.js'));
  });

  it('leaves a text that is not a source map as it is', () => {
    expect(shiftSourceMapText('{"version":3}')).toBe('{"version":3}');
    expect(shiftSourceMapText('[1,2]')).toBe('[1,2]');
  });

  it('names a route module that no chunk is built from', () => {
    expect(() => loadTimeChunks(bundle(), ROOT, ['src/app/Gone.tsx'])).toThrow(
      'compile-hints: no chunk is built from src/app/Gone.tsx',
    );
  });
});
