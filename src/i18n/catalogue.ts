// The shape of a message catalogue: nested objects of ICU MessageFormat strings. English is written first (as
// const); every other language is a Translation of it (the same keys, any words), so a missing key does not compile.

export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

/** The same keys as the English catalogue `T`, with the words of another language. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/** Every key of a catalogue as a dotted path ('fields.firstName.label'). */
export type MessageKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The catalogue flattened to dotted keys. */
export function flatten(catalogue: Catalogue, prefix = '', into: Map<string, string> = new Map()) {
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}
