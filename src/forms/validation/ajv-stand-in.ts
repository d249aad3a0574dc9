// What `ajv` is in the built app (scripts/vite-plugin-ajv-stand-in.ts resolves it here): JSON Forms only calls
// `validate` and `compile` on the instance it is given, and ours interprets schemas, so AJV's compiler, its
// URI parser and its formats (~37 KB gzip) stay out of the first load. Vitest keeps the real AJV.
import { interpretedFunction, interpretedValidate } from './interpreted-check';

export default class InterpretingAjv {
  // AJV's constructor takes options; none of them matter to an interpreter.
  constructor(_options?: unknown) {}

  validate(schema: unknown, data: unknown): boolean {
    return interpretedValidate(schema, data);
  }

  compile(schema: unknown) {
    return interpretedFunction(schema);
  }
}
