// Vite plugin (builds only): trims MSW's browser bundle (`msw/browser`, what `setupWorker` ships before the
// sandbox's first request). That one file inlines the fallback mode (fetch and XMLHttpRequest interceptors, for
// browsers without service workers), the WebSocket interceptor and copies of helpers MSW's core already imports.
// Here the fallback loads on demand, only in a browser without service workers; the WebSocket interceptor is left
// out (no provider sandbox mocks a WebSocket: there is no `ws` handler for it to serve); the service worker side
// imports `FetchResponse` from @mswjs/interceptors like MSW's core does. The service worker protocol and every HTTP
// handler stay MSW's own. Each edit must match exactly once and nothing kept may use what was cut, or the build
// fails (an MSW upgrade then means updating this file, not shipping a broken sandbox).
import fs from 'node:fs';
import path from 'node:path';
import { parseSync, type Plugin } from 'vite';

/** MSW's browser entry (`msw/browser`), as Vite resolves it. */
export const isMswBrowserEntry = (id: string): boolean =>
  /[\\/]node_modules[\\/]msw[\\/]lib[\\/]browser[\\/]index\.mjs$/.test(id);

export const FALLBACK_MODULE = 'virtual:msw-fallback-http-source';
const RESOLVED_FALLBACK = `\0${FALLBACK_MODULE}`;
/** Marks the fallback's own copy of a module. */
const FALLBACK_COPY = '?msw-fallback';

const INTERCEPTOR_SOURCE = path
  .resolve(import.meta.dirname, '../node_modules/msw/lib/core/experimental/sources/interceptor-source.mjs')
  .replaceAll('\\', '/');

/** MSW's fallback-mode source, built from the same packages, in a chunk of its own. */
export const FALLBACK_SOURCE = `
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { InterceptorSource } from ${JSON.stringify(INTERCEPTOR_SOURCE)};
export class FallbackHttpSource extends InterceptorSource {
  constructor(options) {
    super({ interceptors: [new XMLHttpRequestInterceptor(), new FetchInterceptor()] });
    if (!options.quiet) console.log('[MSW] Mocking enabled (fallback mode).');
  }
}
`;

const EDITS: { name: string; find: RegExp; replace: string }[] = [
  {
    name: 'the fallback source, created only without service workers',
    find: /: new FallbackHttpSource\(\{/g,
    replace: `: new (await import(${JSON.stringify(FALLBACK_MODULE)})).FallbackHttpSource({`,
  },
  {
    name: 'the WebSocket interceptor among the network sources',
    find: /,\s*new InterceptorSource2\(\{\s*interceptors: \[new WebSocketInterceptor\(\)\]\s*\}\)/g,
    replace: '',
  },
];

/**
 * The inlined modules cut (by the `// <path>` line that opens each in the bundle), with what replaces them. The
 * fallback's and the WebSocket interceptor's code and what only they use; the request/response classes come from
 * the package MSW's core imports anyway (so the page holds one copy).
 */
const CUTS: { module: RegExp; replace?: string }[] = [
  { module: /^src\/browser\/sources\/fallback-http-source\.ts$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/XMLHttpRequest-[\w-]+\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/fetch-[\w-]+\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/handleRequest-[\w-]+\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/bufferUtils-[\w-]+\.mjs$/ },
  { module: /\/@open-draft\/until\/lib\/index\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/interceptors\/WebSocket\/index\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/resolveWebSocketUrl-[\w-]+\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/hasConfigurableGlobal-[\w-]+\.mjs$/ },
  { module: /\/@mswjs\/interceptors\/lib\/browser\/createRequestId-[\w-]+\.mjs$/ },
  { module: /\/@open-draft\+deferred-promise@2\.[\d.]+\/.*\/index\.mjs$/ },
  {
    module: /\/@mswjs\/interceptors\/lib\/browser\/getRawRequest-[\w-]+\.mjs$/,
    replace: 'import { FetchResponse } from "@mswjs/interceptors";\n',
  },
];

interface Section {
  path: string;
  text: string;
}

/** The bundle split at the `// <path>` comment lines that open each inlined module. */
function sectionsOf(code: string): Section[] {
  const starts = [...code.matchAll(/^\/\/ (\S+)$/gm)];
  const head = code.slice(0, starts[0]?.index ?? code.length);
  return [
    { path: '', text: head },
    ...starts.map((match, i) => ({
      path: match[1] ?? '',
      text: code.slice(match.index, starts[i + 1]?.index ?? code.length),
    })),
  ];
}

/** Names declared at the top level of a piece of the bundle. */
function topLevelNames(text: string): string[] {
  return [...text.matchAll(/^(?:var|let|const|function|class|async function)\s+([\w$]+)/gm)].map(
    (match) => match[1] ?? '',
  );
}

/** Every identifier the code refers to (not property names); a local of the same name counts too (safe side). */
export function referencedNames(code: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, skip = false): void => {
    if (Array.isArray(node)) {
      node.forEach((child) => visit(child));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Identifier' && !skip && typeof record.name === 'string') names.add(record.name);
    const isMember = record.type === 'MemberExpression' && record.computed !== true;
    const hasKey =
      (record.type === 'Property' ||
        record.type === 'MethodDefinition' ||
        record.type === 'PropertyDefinition') &&
      record.computed !== true;
    for (const [key, child] of Object.entries(record)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      visit(child, (isMember && key === 'property') || (hasKey && key === 'key'));
    }
  };
  visit(parseSync('msw-browser.mjs', code).program);
  return names;
}

/** MSW's browser entry trimmed as above; throws when an edit does not apply cleanly (an MSW upgrade). */
export function trimMswBrowser(code: string): string {
  let result = code;
  for (const edit of EDITS) {
    const matches = result.match(edit.find)?.length ?? 0;
    if (matches !== 1) {
      throw new Error(
        `msw-browser-trim: expected ${edit.name} once in msw/lib/browser/index.mjs, found ${matches} ` +
          '(MSW changed: update scripts/vite-plugin-msw-browser-trim.ts).',
      );
    }
    result = result.replace(edit.find, edit.replace);
  }
  const kept: string[] = [];
  const cutNames: string[] = [];
  const sections = sectionsOf(result);
  for (const cut of CUTS) {
    const found = sections.filter((section) => cut.module.test(section.path)).length;
    if (found !== 1) {
      throw new Error(
        `msw-browser-trim: expected one inlined module matching ${cut.module}, found ${found}.`,
      );
    }
  }
  for (const section of sections) {
    const cut = CUTS.find((candidate) => candidate.module.test(section.path));
    if (!cut) {
      kept.push(section.text);
      continue;
    }
    cutNames.push(...topLevelNames(section.text));
    if (cut.replace) kept.push(cut.replace);
  }
  const trimmed = kept.join('');
  const provided = new Set(topLevelNames(trimmed).concat('FetchResponse'));
  const referenced = referencedNames(trimmed);
  const missing = cutNames.filter((name) => referenced.has(name) && !provided.has(name));
  if (missing.length > 0) {
    throw new Error(`msw-browser-trim: MSW's browser code still uses what was cut: ${missing.join(', ')}.`);
  }
  return trimmed;
}

/** MSW's request handler base class, which forwards a mocked response's cookies to `document.cookie`. */
export const isMswRequestHandler = (id: string): boolean =>
  /[\\/]node_modules[\\/]msw[\\/]lib[\\/]core[\\/]handlers[\\/]RequestHandler\.mjs$/.test(id);

/**
 * MSW's request handler splitting a response's Set-Cookie with the browser's own `Headers.getSetCookie` instead
 * of headers-polyfill (and set-cookie-parser, which it pulls in). No provider sandbox sets a cookie
 * (src/sandbox/handlers.test.ts checks); the browsers the app supports all have `getSetCookie`.
 */
export function withNativeGetSetCookie(code: string): string {
  const edits: [RegExp, string][] = [
    [/^import \{ Headers as HeadersPolyfill \} from "headers-polyfill";\n/gm, ''],
    [/HeadersPolyfill\.prototype\.getSetCookie\.call\(/g, 'Headers.prototype.getSetCookie.call('],
  ];
  let result = code;
  for (const [find, replace] of edits) {
    const matches = result.match(find)?.length ?? 0;
    if (matches !== 1) {
      throw new Error(
        `msw-browser-trim: expected ${find} once in MSW's RequestHandler.mjs, found ${matches}.`,
      );
    }
    result = result.replace(find, replace);
  }
  if (result.includes('HeadersPolyfill')) {
    throw new Error("msw-browser-trim: MSW's RequestHandler.mjs uses headers-polyfill elsewhere too.");
  }
  return result;
}

/** A module of MSW's core (it declares no side effects; the packages it imports do not say so). */
export const isMswCoreModule = (id: string): boolean =>
  /[\\/]node_modules[\\/]msw[\\/]lib[\\/]core[\\/].*\.mjs$/.test(id);

/**
 * MSW's core without its empty imports of other packages (`import {} from "@mswjs/interceptors/WebSocket"`: what
 * its compiler leaves of a type-only import). They would load the package for nothing: the WebSocket interceptor
 * on every sandbox page.
 */
export const withoutEmptyImports = (code: string): string =>
  code.replace(/^import \{\} from "[^".][^"]*";\n/gm, '');

export function mswBrowserTrimPlugin(): Plugin {
  return {
    name: 'msw-browser-trim',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer) {
      if (source === FALLBACK_MODULE) return RESOLVED_FALLBACK;
      // The interceptors the fallback imports are its own copies (the id marked), so none joins a chunk the
      // service worker path shares with it (that chunk loads on every sandbox page); MSW's core stays one copy.
      if (importer !== RESOLVED_FALLBACK && !importer?.endsWith(FALLBACK_COPY)) return null;
      const resolved = await this.resolve(source, importer.replace(FALLBACK_COPY, ''), { skipSelf: true });
      if (!resolved || (isMswCoreModule(resolved.id) && resolved.id !== INTERCEPTOR_SOURCE)) return resolved;
      return { ...resolved, id: `${resolved.id}${FALLBACK_COPY}` };
    },
    load(id) {
      if (id === RESOLVED_FALLBACK) return FALLBACK_SOURCE;
      return id.endsWith(FALLBACK_COPY) ? fs.readFileSync(id.replace(FALLBACK_COPY, ''), 'utf8') : null;
    },
    transform(code, id) {
      if (isMswBrowserEntry(id)) return { code: trimMswBrowser(code), map: null };
      if (isMswRequestHandler(id))
        return { code: withNativeGetSetCookie(withoutEmptyImports(code)), map: null };
      if (isMswCoreModule(id) && /^import \{\} from "/m.test(code)) {
        return { code: withoutEmptyImports(code), map: null };
      }
      return null;
    },
  };
}
