// Vite plugin: React DOM's five sentinels — the `Error`s it throws and recognises to suspend a render
// (`SuspenseException`, …) — are made by public/boot.js before React DOM's code runs, and React DOM takes them
// from there instead of making its own while its module is evaluated. Under an inspector (DevTools, a QA team's
// Playwright run, Lighthouse) V8 records every new `Error`'s stack with source positions, and finds the positions of
// the frames on that stack by parsing them again: made inside React DOM's module, that is the whole of React DOM and
// the top level of the chunk that holds it, twice, on the main thread while the page loads (~270 ms at 4× CPU);
// made in boot.js, the frames are boot.js's few lines. Nothing else changes: each sentinel is still an `Error` with
// React's message, made once, and React DOM makes its own when boot.js has not run (tests, another page).
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** The error codes of the sentinels React DOM makes when its module is evaluated (public/boot.js lists them too). */
export const SENTINEL_CODES = [519, 460, 474, 542, 461];
/** Where public/boot.js leaves them: `window[Symbol.for(SENTINELS_KEY)][code]`. */
export const SENTINELS_KEY = 'profile-editor.react-sentinels';

const REACT_DOM_CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

// A function declaration (hoisted), so it can go at the end of the module and keep its "use strict" first.
const TAKE_SENTINEL = `
function __takeSentinel(code) {
  var made = globalThis[Symbol.for(${JSON.stringify(SENTINELS_KEY)})];
  var error = made !== null && typeof made === "object" ? made[code] : undefined;
  if (!(error instanceof Error)) return Error(formatProdErrorMessage(code));
  made[code] = undefined;
  error.message = formatProdErrorMessage(code);
  return error;
}
`;

/**
 * React DOM's production client with each of its sentinels taken from boot.js's, or null when the code is not what
 * this expects (another React: then it is left as it is, and only loads slower under an inspector).
 */
export function withSentinelsFromBoot(code: string): MagicString | null {
  const changed = new MagicString(code);
  const found: number[] = [];
  for (const match of code.matchAll(/\bError\(formatProdErrorMessage\((\d+)\)\)/g)) {
    const value = Number(match[1]);
    if (!SENTINEL_CODES.includes(value)) continue;
    found.push(value);
    changed.overwrite(match.index, match.index + match[0].length, `__takeSentinel(${value})`);
  }
  const eachOnce = SENTINEL_CODES.every((value) => found.filter((f) => f === value).length === 1);
  if (!eachOnce || !/^function formatProdErrorMessage\(/m.test(code)) return null;
  return changed.append(TAKE_SENTINEL);
}

export function reactSentinelsPlugin(): Plugin {
  return {
    name: 'react-sentinels',
    apply: 'build',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      const changed = withSentinelsFromBoot(code);
      if (changed === null) {
        this.warn(
          'React DOM is not as expected: its sentinels are made as it loads (slower under an inspector)',
        );
        return null;
      }
      return { code: changed.toString(), map: changed.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
