// @vitest-environment jsdom
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { SENTINEL_CODES, SENTINELS_KEY, withSentinelsFromBoot } from './vite-plugin-react-sentinels.ts';

const file = path.resolve(
  import.meta.dirname,
  '../node_modules/react-dom/cjs/react-dom-client.production.js',
);
const reactDom = fs.readFileSync(file, 'utf8');
const load = createRequire(file);
const registry = Symbol.for(SENTINELS_KEY);

/** Evaluates React DOM's client as the plugin leaves it (CommonJS, with Node's own require), returning its exports. */
function evaluate(code: string): Record<string, unknown> {
  const module = { exports: {} };
  const factory: unknown = runInThisContext(`(function (exports, require, module) {${code}\n})`);
  if (typeof factory !== 'function') throw new Error('not a function');
  Reflect.apply(factory, undefined, [module.exports, load, module]);
  return module.exports;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, registry);
  Reflect.deleteProperty(window, registry);
  window.history.replaceState({}, '', '/');
});

describe('the React sentinels plugin', () => {
  it("takes each of the installed React DOM's five module-level sentinels from the boot, once", () => {
    const changed = withSentinelsFromBoot(reactDom)?.toString() ?? '';
    expect(changed.match(/__takeSentinel\(\d+\)/g)).toHaveLength(SENTINEL_CODES.length);
    for (const code of SENTINEL_CODES) {
      expect(changed).toContain(`__takeSentinel(${code})`);
      expect(changed).not.toContain(`Error(formatProdErrorMessage(${code}))`);
    }
    // Every other error is React's own, and the module's "use strict" stays its first statement.
    expect(changed).toContain('Error(formatProdErrorMessage(422), { cause: value })');
    expect(changed.startsWith(reactDom.slice(0, 200))).toBe(true);
  });

  it("uses the boot's errors with React's messages, and makes its own without them", () => {
    const changed = withSentinelsFromBoot(reactDom)?.toString() ?? '';
    const made: Record<number, Error | undefined> = Object.fromEntries(
      SENTINEL_CODES.map((code) => [code, new Error()]),
    );
    const before = { ...made };
    Reflect.set(globalThis, registry, made);
    const client = evaluate(changed);
    expect(typeof client.createRoot).toBe('function');
    for (const code of SENTINEL_CODES) {
      expect(made[code]).toBeUndefined(); // taken: a second React DOM would make its own
      expect(before[code]?.message).toBe(
        `Minified React error #${code}; visit https://react.dev/errors/${code} for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`,
      );
    }
    Reflect.deleteProperty(globalThis, registry);
    expect(typeof evaluate(changed).createRoot).toBe('function');
    // Something that is not an error under the symbol is not taken.
    Reflect.set(globalThis, registry, { 460: 'not an error' });
    expect(typeof evaluate(changed).createRoot).toBe('function');
    expect(Reflect.get(globalThis, registry)).toEqual({ 460: 'not an error' });
  });

  it('leaves a React DOM it does not recognise as it is', () => {
    expect(withSentinelsFromBoot(reactDom.replace('Error(formatProdErrorMessage(460))', 'null'))).toBeNull();
    const twice = reactDom.replace(
      'Error(formatProdErrorMessage(461))',
      'Error(formatProdErrorMessage(461)), x = Error(formatProdErrorMessage(461))',
    );
    expect(withSentinelsFromBoot(twice)).toBeNull();
    expect(withSentinelsFromBoot('module.exports = {};')).toBeNull();
  });

  it('public/boot.js makes an error for each of the codes the plugin takes', () => {
    window.history.replaceState({}, '', '/bench'); // no config.json request
    runInThisContext(fs.readFileSync(path.resolve(import.meta.dirname, '../public/boot.js'), 'utf8'));
    const made: unknown = Reflect.get(window, registry);
    if (typeof made !== 'object' || made === null) throw new Error('boot.js made no sentinels');
    for (const code of SENTINEL_CODES) expect(Reflect.get(made, code)).toBeInstanceOf(Error);
    expect(Object.keys(made).map(Number).sort()).toEqual([...SENTINEL_CODES].sort());
  });
});
