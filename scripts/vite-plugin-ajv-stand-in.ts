// Vite plugin: in the built app `ajv` and `ajv-formats` (imported by @jsonforms/core and src/forms/ajv.ts) are our
// interpreting stand-ins (src/forms/validation/ajv-stand-in.ts), so AJV's compiler is never shipped. JSON Forms
// always gets our interpreting instance; Vitest keeps the real AJV.
import path from 'node:path';
import type { Plugin } from 'vite';

const STAND_INS: Record<string, string> = {
  ajv: path.resolve(import.meta.dirname, '../src/forms/validation/ajv-stand-in.ts'),
  'ajv-formats': path.resolve(import.meta.dirname, '../src/forms/validation/ajv-formats-stand-in.ts'),
};

/** The stand-in file for a bare import of `ajv` or `ajv-formats`, else undefined. */
export function ajvStandInFor(source: string): string | undefined {
  return Object.hasOwn(STAND_INS, source) ? STAND_INS[source] : undefined;
}

export function ajvStandInPlugin(): Plugin {
  return {
    name: 'ajv-stand-in',
    enforce: 'pre',
    apply: () => process.env.VITEST === undefined,
    resolveId(source) {
      return ajvStandInFor(source) ?? null;
    },
  };
}
