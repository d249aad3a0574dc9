import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ajvStandInFor } from './vite-plugin-ajv-stand-in.ts';

describe('the AJV stand-in plugin', () => {
  it('resolves the bare ajv and ajv-formats imports to files that exist', () => {
    for (const source of ['ajv', 'ajv-formats']) {
      const file = ajvStandInFor(source);
      expect(file).toMatch(/stand-in\.ts$/);
      expect(fs.existsSync(file ?? '')).toBe(true);
    }
  });

  it('leaves every other import alone', () => {
    expect(ajvStandInFor('ajv/dist/compile/codegen')).toBeUndefined();
    expect(ajvStandInFor('@jsonforms/core')).toBeUndefined();
    expect(ajvStandInFor('toString')).toBeUndefined();
  });
});
