// Every language is complete: each namespace's German and Japanese words have exactly English's keys (a key code
// uses is typed against English, so code cannot use a key English lacks), each message is valid ICU MessageFormat,
// and a translation uses the same placeholders as English (a dropped {provider} would show an empty gap).
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { flatten } from './catalogue';
import { FALLBACK, LANGUAGES } from './locales';
import { registeredNamespaces } from './message-store';

// Every area's namespace (each declares itself when its messages module is imported).
const modules = import.meta.glob(['../**/*-messages.ts', '!../**/*.test.ts'], { eager: true });

/** The argument names a message uses ('{provider} could…' → ['provider']), from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Array<Record<string, unknown>>) {
      if (typeof element.value === 'string' && element.type !== 0) names.add(element.value);
      if (element.options && typeof element.options === 'object') {
        for (const option of Object.values(element.options as Record<string, { value: unknown }>)) {
          walk(option.value);
        }
      }
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

// The same value in two spellings: English lower-cases a noun in a sentence, German keeps its capital.
const SAME_VALUE: Record<string, string> = { lower: 'label' };
const normalised = (names: string[]) => [...new Set(names.map((name) => SAME_VALUE[name] ?? name))].sort();

const others = LANGUAGES.filter((language) => language !== FALLBACK);

describe('every language is complete', () => {
  it('finds the namespaces of every area', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(3);
    const ids = registeredNamespaces().map((namespace) => namespace.id);
    expect(ids).toEqual(expect.arrayContaining(['i18n', 'forms', 'providers', 'camunda']));
  });

  for (const language of others) {
    it(`${language}: the same keys as English in every namespace, valid messages, the same placeholders`, async () => {
      const problems: string[] = [];
      for (const namespace of registeredNamespaces()) {
        const translated = flatten(await namespace.load(language));
        for (const key of namespace.english.keys()) {
          if (!translated.has(key)) problems.push(`${namespace.id}: "${key}" is missing in ${language}`);
        }
        for (const [key, message] of translated) {
          const english = namespace.english.get(key);
          if (english === undefined) {
            problems.push(`${namespace.id}: "${key}" is in ${language} but not in English`);
            continue;
          }
          try {
            const wanted = normalised(argumentsOf(english, FALLBACK));
            const used = normalised(argumentsOf(message, language));
            if (wanted.join() !== used.join()) {
              problems.push(
                `${namespace.id}: "${key}" uses {${used.join()}} in ${language}, English {${wanted.join()}}`,
              );
            }
          } catch (error) {
            problems.push(`${namespace.id}: "${key}" is not valid ICU in ${language}: ${String(error)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
