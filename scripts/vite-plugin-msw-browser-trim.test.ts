// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_MODULE,
  trimMswBrowser,
  withNativeGetSetCookie,
  withoutEmptyImports,
} from './vite-plugin-msw-browser-trim.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const mswBrowser = fs.readFileSync(path.join(ROOT, 'node_modules/msw/lib/browser/index.mjs'), 'utf8');

describe("the MSW browser trim on the installed MSW's browser bundle", () => {
  const trimmed = trimMswBrowser(mswBrowser);

  it('leaves out the fallback interceptors and the WebSocket interceptor, and loads the fallback on demand', () => {
    for (const name of ['XMLHttpRequestInterceptor', 'FetchInterceptor', 'WebSocketInterceptor']) {
      expect(mswBrowser).toContain(name);
      expect(trimmed).not.toContain(name);
    }
    expect(trimmed).toContain(`new (await import(${JSON.stringify(FALLBACK_MODULE)})).FallbackHttpSource({`);
    // The service worker side is all there.
    expect(trimmed).toContain('var ServiceWorkerSource = class');
    expect(trimmed).toContain('import { FetchResponse } from "@mswjs/interceptors";');
  });

  it('fails the build when MSW changed so that an edit no longer applies', () => {
    expect(() =>
      trimMswBrowser(mswBrowser.replace(': new FallbackHttpSource({', ': makeFallback({')),
    ).toThrow(/expected the fallback source, created only without service workers once/);
    const withoutSection = mswBrowser.replace(/^\/\/ .*\/XMLHttpRequest-[\w-]+\.mjs$/m, '// moved.mjs');
    expect(() => trimMswBrowser(withoutSection)).toThrow(/XMLHttpRequest/);
  });

  it('fails the build when the code it keeps uses what it cuts', () => {
    expect(() => trimMswBrowser(`${mswBrowser}\nconsole.log(handleRequest);\n`)).toThrow(
      /still uses what was cut: handleRequest/,
    );
  });

  it("drops only MSW core's empty imports of other packages", () => {
    const code = [
      'import {} from "@mswjs/interceptors/WebSocket";',
      "import {} from '../handlers-controller.mjs';",
      'import { TypedEvent } from "rettime";',
      '',
    ].join('\n');
    expect(withoutEmptyImports(code)).toBe(
      ["import {} from '../handlers-controller.mjs';", 'import { TypedEvent } from "rettime";', ''].join(
        '\n',
      ),
    );
  });
});

describe("MSW's request handler in the app's builds", () => {
  const file = path.join(ROOT, 'node_modules/msw/lib/core/handlers/RequestHandler.mjs');
  const code = fs.readFileSync(file, 'utf8');

  it("splits a response's Set-Cookie with the browser's Headers instead of headers-polyfill", () => {
    const edited = withNativeGetSetCookie(code);
    expect(code).toContain('headers-polyfill');
    expect(edited).not.toContain('headers-polyfill');
    expect(edited).toContain('Headers.prototype.getSetCookie.call(');
  });

  it('fails the build when MSW uses headers-polyfill some other way', () => {
    expect(() => withNativeGetSetCookie(`${code}\nHeadersPolyfill.from();\n`)).toThrow(/elsewhere too/);
    expect(() => withNativeGetSetCookie(code.replace('headers-polyfill', 'other'))).toThrow(/found 0/);
  });
});

/** The chunks a page loads before any dynamic import, from these entry chunks. */
function staticClosure(chunks: Rolldown.OutputChunk[], from: Rolldown.OutputChunk[]): Rolldown.OutputChunk[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    chunk.imports.forEach((file) => visit(byFile.get(file)));
  };
  from.forEach(visit);
  return [...seen];
}

const modulesOf = (chunks: Rolldown.OutputChunk[]) => chunks.flatMap((chunk) => chunk.moduleIds);

describe("the app's production build", () => {
  it('loads no sandbox code in live mode, and the sandbox loads neither the fallback nor the WebSocket interceptor', async () => {
    // The app's build as `npm run build` makes it: the plugins that stand aside under Vitest take part.
    const vitest = process.env.VITEST;
    delete process.env.VITEST;
    let output: Rolldown.RolldownOutput;
    try {
      const result = await build({
        root: ROOT,
        configFile: path.join(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        build: { write: false, minify: false, manifest: false },
      });
      output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
    } finally {
      process.env.VITEST = vitest;
    }
    const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');

    // Live mode: what the page loads before it knows the mode holds nothing of the sandbox.
    const first = modulesOf(
      staticClosure(
        chunks,
        chunks.filter((chunk) => chunk.isEntry),
      ),
    );
    expect(first.some((id) => id.endsWith('/src/main.tsx'))).toBe(true);
    expect(first.filter((id) => /\/src\/sandbox\/|\/node_modules\/(msw|@mswjs)\//.test(id))).toEqual([]);

    // Sandbox mode: the worker's start and the handlers, without the fallback or the WebSocket interceptor.
    const starter = chunks.filter((chunk) =>
      chunk.moduleIds.some((id) => id.endsWith('/src/sandbox/browser.ts')),
    );
    expect(starter).toHaveLength(1);
    const sandboxChunks = staticClosure(chunks, starter);
    const sandbox = modulesOf(sandboxChunks);
    expect(sandbox.some((id) => id.includes('/node_modules/msw/lib/browser/'))).toBe(true);
    const cut =
      /interceptors\/(XMLHttpRequest|fetch|WebSocket)\/|msw-fallback|\/tough-cookie\/|\/tldts|shims\/cookie|headers-polyfill|set-cookie-parser/;
    expect(sandbox.filter((id) => cut.test(id))).toEqual([]);
    // Nor MSW's own inlined copies of them (the build is not minified: class names stay).
    const code = sandboxChunks.map((chunk) => chunk.code).join('\n');
    expect(code).not.toMatch(/XMLHttpRequestInterceptor|FetchInterceptor|WebSocketInterceptor/);
    // The fallback is there for browsers without service workers, behind a dynamic import.
    const fallback = chunks.find((chunk) => chunk.moduleIds.some((id) => id.includes(FALLBACK_MODULE)));
    expect(fallback?.moduleIds.some((id) => id.includes('interceptors/XMLHttpRequest/'))).toBe(true);
    expect(starter[0]?.dynamicImports).toContain(fallback?.fileName);
  }, 180_000);
});
