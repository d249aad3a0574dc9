// Vite plugin: names, in the built index.html, the code each kind of page needs beyond the entry (the app shell, the
// embed, each provider's module: every chunk of their static import graph and its CSS), in
// `<meta name="route-code" content="{…}">`. public/boot.js, which runs while the HTML is parsed, preloads the lists
// for the address being opened, so that code downloads beside the entry instead of after it and config.json.
import path from 'node:path';
import type { Plugin } from 'vite';

/** Route key ('app', 'embed', 'provider:wise', …) → the source modules the page imports dynamically. */
export type RouteModules = Record<string, string | readonly string[]>;

/** For each route key: the absolute paths (`/assets/…`) of its chunks and their CSS, minus the entry's own. */
export type RouteCode = Record<string, string[]>;

/** What this plugin reads of a built chunk (a structural part of Rollup's OutputChunk). */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  imports: readonly string[];
  facadeModuleId: string | null;
  /** Every module bundled into it (a chunk grouped by build.rolldownOptions holds several roots). */
  moduleIds?: readonly string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/** The bundle as this plugin reads it: chunks, and assets it skips. */
export type BuiltBundle = Record<string, BuiltChunk | { type: 'asset' }>;

export const chunksOf = (bundle: BuiltBundle) =>
  Object.values(bundle).filter((output): output is BuiltChunk => output.type === 'chunk');

const cssOf = (chunk: BuiltChunk): string[] => [...(chunk.viteMetadata?.importedCss ?? [])];

/** Every chunk reachable from `start` through static imports (start included), in a stable order. */
export function staticGraph(start: BuiltChunk, byFile: Map<string, BuiltChunk>): BuiltChunk[] {
  const seen = new Map<string, BuiltChunk>();
  const visit = (chunk: BuiltChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

/** The chunk a source module was built into (its own, or a group's that bundles it with others). */
export function chunkBuiltFrom(chunks: readonly BuiltChunk[], root: string, source: string, plugin: string) {
  const id = path.resolve(root, source);
  const chunk =
    chunks.find((candidate) => candidate.facadeModuleId === id) ??
    chunks.find((candidate) => candidate.moduleIds?.includes(id));
  if (!chunk) throw new Error(`${plugin}: no chunk is built from ${source} (is it imported dynamically?)`);
  return chunk;
}

export function routeCodeOf(bundle: BuiltBundle, root: string, routes: RouteModules, base = '/'): RouteCode {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // What index.html already loads: the entry and its static imports (Vite writes their tags itself).
  const loaded = new Set<string>();
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    for (const chunk of staticGraph(entry, byFile)) {
      loaded.add(chunk.fileName);
      for (const css of cssOf(chunk)) loaded.add(css);
    }
  }
  const code: RouteCode = {};
  for (const [key, sources] of Object.entries(routes)) {
    const files = new Set<string>();
    for (const source of typeof sources === 'string' ? [sources] : sources) {
      for (const chunk of staticGraph(chunkBuiltFrom(chunks, root, source, 'route-code'), byFile)) {
        for (const file of [chunk.fileName, ...cssOf(chunk)]) if (!loaded.has(file)) files.add(file);
      }
    }
    code[key] = [...files].map((file) => `${base}${file}`);
  }
  return code;
}

const ENTRY_CHUNK = /^(?:.*\/)?index-[\w-]+\.js$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For `build.modulePreload.resolveDependencies`: the entry's dynamic imports of the route's code (the chunks of
 * `routes`' modules, named after them: App.tsx → App-<hash>.js) get no preload list of their own, since boot.js
 * preloaded that code while the HTML was parsed (the list would only be checked link by link, ~20 ms at 4× CPU,
 * before config.json is even asked for). Everything else keeps Vite's list.
 */
export function withoutRouteCodeDeps(routes: () => RouteModules) {
  let routeChunk: RegExp | undefined;
  return (
    filename: string,
    deps: string[],
    context: { hostId: string; hostType: 'html' | 'js' },
  ): string[] => {
    if (context.hostType !== 'js' || !ENTRY_CHUNK.test(context.hostId)) return deps;
    if (!routeChunk) {
      const names = new Set(
        Object.values(routes())
          .flat()
          .map((source) => path.basename(source).replace(/\.[^.]+$/, '')),
      );
      // The name, then Vite's hash (8 characters): `provider-<hash>.js`, not `provider-messages-<hash>.js`.
      routeChunk = new RegExp(`^(?:.*/)?(?:${[...names].map(escapeRegExp).join('|')})-[\\w-]{8}\\.js$`);
    }
    return routeChunk.test(filename) ? [] : deps;
  };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The meta tag public/boot.js reads. */
export const routeCodeTag = (code: RouteCode) =>
  `<meta name="route-code" content="${escapeAttribute(JSON.stringify(code))}" />`;

export function routeCodePlugin(routes: () => RouteModules): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'route-code',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const tag = routeCodeTag(routeCodeOf(ctx.bundle, root, routes(), base));
        // Before boot.js, which reads it while the page is parsed.
        const bootScript = html.search(/<script\b[^>]*\bsrc="[^"]*\/boot\.js"/);
        if (bootScript < 0) throw new Error('route-code: index.html has no boot.js script to read the list');
        return `${html.slice(0, bootScript)}${tag}\n    ${html.slice(bootScript)}`;
      },
    },
  };
}
