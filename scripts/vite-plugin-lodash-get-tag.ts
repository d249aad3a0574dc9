// Vite plugin: lodash's own modules get `_baseGetTag` where they import `_getTag`. When `_getTag` is evaluated (with
// the form's code, through JSON Forms' lodash imports) it checks whether the engine names the tags of a DataView, a
// Map, a Promise, a Set and a WeakMap (IE 11 and Node.js < 6 did not) by writing `Symbol.toStringTag` on each; in
// our strict-mode bundle each of those five writes throws (and lodash catches it). Every engine we support passes the
// check, and lodash then exports `_baseGetTag` itself, so this changes no result. What it saves: under an inspector
// (DevTools, a QA team's Playwright run, Lighthouse) each exception records a stack with source positions, which V8
// finds by parsing the whole form chunk again on the main thread (~150 ms at 4× CPU while the page loads).
import path from 'node:path';
import type { Plugin } from 'vite';

const fromLodash = (importer: string | undefined): importer is string =>
  importer !== undefined && /[\\/]node_modules[\\/]lodash[\\/][^\\/]+\.js$/.test(importer);

/** Where lodash's own import of `_getTag` goes instead (its `_baseGetTag`), or null for any other import. */
export function lodashGetTagStandIn(source: string, importer: string | undefined): string | null {
  if (!fromLodash(importer) || !/^\.\/_getTag(\.js)?$/.test(source)) return null;
  return path.join(path.dirname(importer), '_baseGetTag.js');
}

export function lodashGetTagPlugin(): Plugin {
  return {
    name: 'lodash-get-tag',
    enforce: 'pre',
    resolveId: (source, importer) => lodashGetTagStandIn(source, importer),
  };
}
