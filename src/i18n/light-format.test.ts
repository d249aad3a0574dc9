import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { flatten } from './catalogue';
import { lightFormat } from './light-format';
import { FALLBACK, LANGUAGES } from './locales';
import { registeredNamespaces } from './message-store';

// Every area's namespace (each declares itself when its messages module is imported).
import.meta.glob(['../**/*-messages.ts', '!../**/*.test.ts'], { eager: true });

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** Candidate values for each argument of a message, by its kind in intl-messageformat's parsed form. */
function candidatesOf(elements: Element[], into = new Map<string, unknown[]>()) {
  for (const element of elements) {
    if (element.type === 1 && element.value) into.set(element.value, ['Ann', 7, '']);
    if ((element.type === 2 || element.type === 6) && element.value)
      into.set(element.value, [0, 1, 2, 5, 21, 1000]);
    if (element.type === 5 && element.value) {
      into.set(element.value, [...Object.keys(element.options ?? {}), 'something else']);
    }
    for (const option of Object.values(element.options ?? {})) candidatesOf(option.value, into);
  }
  return into;
}

const LOCALES: Record<string, string> = { en: 'en-GB', de: 'de-DE', ja: 'ja-JP' };

describe('the light message formatter', () => {
  it('gives the words intl-messageformat gives, for every message of every catalogue in every language', async () => {
    let checked = 0;
    for (const namespace of registeredNamespaces()) {
      const catalogues: Array<[string, Map<string, string>]> = [[FALLBACK, new Map(namespace.english)]];
      for (const language of LANGUAGES.filter((l) => l !== FALLBACK)) {
        catalogues.push([language, flatten(await namespace.load(language))]);
      }
      for (const [language, messages] of catalogues) {
        const locale = LOCALES[language] ?? language;
        for (const [key, message] of messages) {
          const full = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
          const candidates = [...candidatesOf(full.getAst())];
          for (let i = 0; i < 6; i++) {
            const values = Object.fromEntries(
              candidates.map(([name, list]) => [name, list[i % list.length]]),
            );
            const expected = String(full.format(values));
            expect(lightFormat(message, locale, values), `${namespace.id} ${language} ${key}`).toBe(expected);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('reads ICU apostrophe quoting as intl-messageformat does', () => {
    for (const message of ["an object of id → '{ baseUrl }'.", "It''s {name}", "'{'{name}'}'", "don't '#'"]) {
      const full = String(
        new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).format({ name: 'Ann' }),
      );
      expect(lightFormat(message, 'en', { name: 'Ann' }), message).toBe(full);
    }
    expect(lightFormat("an object of id → '{ baseUrl }'.", 'en', {})).toBe('an object of id → { baseUrl }.');
  });

  it('declines what it does not know, for intl-messageformat to format', () => {
    expect(lightFormat("It'''s {n, number, ::percent}", 'en', { n: 0.5 })).toBeUndefined();
    expect(lightFormat('{n, plural, offset:1 one {#} other {#}}', 'en', { n: 2 })).toBeUndefined();
    expect(lightFormat('{when, date, short}', 'en', { when: new Date(0) })).toBeUndefined();
    expect(lightFormat('Hello {name}', 'en', {})).toBeUndefined();
    expect(lightFormat('Hello {name', 'en', { name: 'x' })).toBeUndefined();
  });

  it('formats plurals, ordinals, selects and numbers in the locale', () => {
    const message =
      '{count, plural, =0 {none} one {# field} other {# fields}} for {who, select, me {me} other {{who}}}';
    expect(lightFormat(message, 'en', { count: 0, who: 'me' })).toBe('none for me');
    expect(lightFormat(message, 'en', { count: 1200, who: 'Ann' })).toBe('1,200 fields for Ann');
    expect(lightFormat('{n, number}', 'de', { n: 1234.5 })).toBe('1.234,5');
    expect(
      lightFormat('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', 'en', { n: 22 }),
    ).toBe('22nd');
  });
});
