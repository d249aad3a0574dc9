// The languages the editor speaks and how a requested locale (a BCP 47 tag: `?lang=`, the embed's `init.locale`,
// the browser's list) becomes the locale it shows: the first tag whose language we have, else English.

export const LANGUAGES = ['en', 'de', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, as Intl.DisplayNames gives it (see formats.ts). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', ja: '日本語' };

/** English: the default, and the words shown for anything a translation lacks. */
export const FALLBACK = 'en' satisfies Language;

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The canonical form of a tag ('de-at' → 'de-AT'), or undefined when it is not a valid BCP 47 tag. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The tag, canonical, when we speak its language ('de-AT' → 'de-AT'); undefined otherwise. */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const locale = canonical(tag);
  if (!locale) return undefined;
  return isLanguage(new Intl.Locale(locale).language) ? locale : undefined;
}

// Every message asks for its locale's language: remembered per tag (a handful), as Intl's parsing costs at each call.
const languages = new Map<string, Language>();

/** The language of a locale we speak ('ja-JP' → 'ja'); English for anything else. */
export function languageOf(locale: string): Language {
  const known = languages.get(locale);
  if (known) return known;
  const supported = supportedLocale(locale);
  const language = supported ? new Intl.Locale(supported).language : FALLBACK;
  const result = isLanguage(language) ? language : FALLBACK;
  languages.set(locale, result);
  return result;
}

/** The first candidate we speak, canonical; English when none is. */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    const locale = supportedLocale(candidate);
    if (locale) return locale;
  }
  return FALLBACK;
}

/** The browser's preferred locales, most preferred first. */
export function browserLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
