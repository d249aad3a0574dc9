import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lodashGetTagStandIn } from './vite-plugin-lodash-get-tag.ts';

const lodashDir = path.resolve(import.meta.dirname, '../node_modules/lodash');
const fromLodash = path.join(lodashDir, '_baseClone.js');
// Node's own loader: the modules as published, not as the plugin resolves them.
const load = createRequire(import.meta.url);
/** A lodash module that names a value's tag, called through Node's own loader. */
function tagFunction(file: string): (value: unknown) => string {
  const loaded: unknown = load(path.join(lodashDir, file));
  if (typeof loaded !== 'function') throw new Error(`lodash/${file} is not a function`);
  return (value) => String(Reflect.apply(loaded, undefined, [value]));
}

describe('the lodash getTag plugin', () => {
  it("sends lodash's own import of _getTag to _baseGetTag, a file that exists", () => {
    const file = lodashGetTagStandIn('./_getTag', fromLodash);
    expect(file).toBe(path.join(lodashDir, '_baseGetTag.js'));
    expect(fs.existsSync(file ?? '')).toBe(true);
    expect(lodashGetTagStandIn('./_getTag.js', fromLodash)).toBe(file);
  });

  it('leaves every other import alone', () => {
    expect(lodashGetTagStandIn('./_getTag', '/work/app/src/forms/own.ts')).toBeNull();
    expect(lodashGetTagStandIn('./_baseGetTag', fromLodash)).toBeNull();
    expect(lodashGetTagStandIn('lodash/_getTag', '/work/app/src/forms/own.ts')).toBeNull();
    expect(lodashGetTagStandIn('./_getTag', undefined)).toBeNull();
  });

  it('names every value as lodash’s _getTag does in this engine', () => {
    const original = tagFunction('_getTag.js');
    const standIn = tagFunction('_baseGetTag.js');
    const values = [
      new DataView(new ArrayBuffer(1)),
      new Map(),
      Promise.resolve(),
      new Set(),
      new WeakMap(),
      new Uint8Array(2),
      new Date(0),
      /x/,
      [],
      {},
      Object.create(null),
      { [Symbol.toStringTag]: 'Custom' },
      null,
      undefined,
      'text',
      1,
      true,
      Symbol('s'),
      () => undefined,
    ];
    for (const value of values) expect(standIn(value)).toBe(original(value));
  });
});
