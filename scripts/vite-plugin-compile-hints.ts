// Vite plugin: marks the code a page runs while it loads (the entry, and each route's chunks with their static
// imports) with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` on its first line. Chromium (136 and
// later) then compiles every function of those files on a background thread while they download, instead of on
// the main thread the first time each is called during the first render: at 4× CPU that lazy compiling was ~200 ms
// of a provider page's ~1 s to its first input. Code loaded later (other languages, the sandbox, the material
// fallback renderers) keeps V8's lazy compiling. Other engines read the line as a comment.
import type { Plugin } from 'vite';
import {
  chunkBuiltFrom,
  chunksOf,
  staticGraph,
  type BuiltBundle,
  type BuiltChunk,
  type RouteModules,
} from './vite-plugin-route-code.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The file names of the entry chunks, the chunks built from `modules`, and every chunk they import statically. */
export function loadTimeChunks(bundle: BuiltBundle, root: string, modules: readonly string[]): Set<string> {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const starts = [
    ...chunks.filter((chunk) => chunk.isEntry),
    ...modules.map((source) => chunkBuiltFrom(chunks, root, source, 'compile-hints')),
  ];
  return new Set(starts.flatMap((start) => staticGraph(start, byFile).map((chunk) => chunk.fileName)));
}

/** The route modules (as for the route-code plugin) and any other page's, flattened. */
export const modulesOf = (routes: RouteModules, more: readonly string[] = []) => [
  ...Object.values(routes).flat(),
  ...more,
];

/** A built chunk whose code this plugin may change (and its source map, when the build writes one). */
export type CodeChunk = BuiltChunk & {
  code: string;
  map?: { mappings: string } | null;
  sourcemapFileName?: string | null;
};

/** An emitted file that is not code: a source map is one, its text in `source`. */
type Asset = { type: 'asset'; source?: string | Uint8Array };

/** A source map's text with one more generated line at the top (the hint's), so every mapping keeps its line. */
export function shiftSourceMapText(text: string): string {
  const map: unknown = JSON.parse(text);
  if (typeof map !== 'object' || map === null || !('mappings' in map) || typeof map.mappings !== 'string')
    return text;
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/** Puts the hint on the first line of every load-time chunk (once). */
export function addCompileHints(
  bundle: Record<string, CodeChunk | Asset>,
  root: string,
  modules: readonly string[],
): void {
  for (const file of loadTimeChunks(bundle, root, modules)) {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = COMPILE_HINT + chunk.code;
    // The hint is a line of its own: the chunk's source map (built before it) gets an empty line at the top, or every
    // position in it would name the line above the one it means.
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapFile = bundle[chunk.sourcemapFileName ?? `${file}.map`];
    if (mapFile?.type === 'asset' && typeof mapFile.source === 'string')
      mapFile.source = shiftSourceMapText(mapFile.source);
  }
}

export function compileHintsPlugin(modules: () => readonly string[]): Plugin {
  let root = process.cwd();
  return {
    name: 'compile-hints',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After Vite's own changes to the code (its preload list goes on the first line too). The files keep the
      // names hashed from their code without the line, which the same code always gets: a name still names one file.
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle, root, modules());
      },
    },
  };
}
