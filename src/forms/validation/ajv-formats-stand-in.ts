// What `ajv-formats` is in the built app: our formats are registered with the interpreter
// (./formats.ts), so adding AJV's to an instance is a no-op.
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
