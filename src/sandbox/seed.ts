// Parses a test's seed record at the sandbox's edge: a record that does not fit a provider's shape is refused with
// a message naming the field, instead of leaving the sandbox in a state its handlers do not expect.
import * as v from 'valibot';

/** A text value as provider APIs send it: a string, or null for "not set". */
export const seedText = v.nullable(v.string());

export function parseSeed<T>(schema: v.GenericSchema<unknown, T>, record: unknown, where: string): T {
  const result = v.safeParse(schema, record);
  if (result.success) return result.output;
  throw new Error(`${where}: the seed does not fit — ${v.summarize(result.issues).replaceAll('\n', '; ')}`);
}

/** The parameter a seed needs, or a readable error naming it. */
export function seedParam(params: Record<string, string>, name: string, where: string): string {
  const value = params[name];
  if (!value) throw new Error(`${where}: the seed needs params.${name}.`);
  return value;
}
