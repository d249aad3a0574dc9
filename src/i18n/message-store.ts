// The i18n layer: the locale shown, message namespaces (one per area; a provider's lives in its folder and loads
// with its code), loading of the active language only (English is bundled as the fallback), and formatting of
// ICU messages with intl-messageformat (plurals, numbers and dates through Intl). `<html lang>` always names the
// locale shown. Our messages are formatted by ./light-format.ts; intl-messageformat (with its ICU parser, ~10 KB
// gzip) loads only for a message that needs more (see loadFullFormatter).
import type { IntlMessageFormat } from 'intl-messageformat';
import { lightFormat } from './light-format';
import { flatten, type Catalogue, type MessageKey, type Translation } from './catalogue';
import { FALLBACK, languageOf, type Language } from './locales';

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;

/** Loads one language's words of a namespace (a dynamic import, so only the active language is downloaded). */
type Loader<En> = () => Promise<Translation<En>>;

interface Namespace {
  id: string;
  english: Map<string, string>;
  loaders: Partial<Record<Language, () => Promise<Catalogue>>>;
  loaded: Partial<Record<Language, Map<string, string>>>;
  loading: Partial<Record<Language, Promise<void>>>;
}

const namespaces = new Map<string, Namespace>();
const formats = new Map<string, IntlMessageFormat>();
const listeners = new Set<() => void>();
let locale: string = FALLBACK;
let version = 0;
let FullFormat: typeof IntlMessageFormat | undefined;
let loadingFull: Promise<void> | undefined;

function notify() {
  version += 1;
  listeners.forEach((listener) => listener());
}

function load(namespace: Namespace, language: Language): Promise<void> {
  if (language === FALLBACK || namespace.loaded[language]) return Promise.resolve();
  const loader = namespace.loaders[language];
  if (!loader) return Promise.resolve();
  namespace.loading[language] ??= loader().then(
    (catalogue) => {
      namespace.loaded[language] = flatten(catalogue);
      notify();
    },
    (error: unknown) => {
      // The English words stay shown; a later switch to this language tries again.
      delete namespace.loading[language];
      console.warn(`The ${language} messages of "${namespace.id}" could not be loaded.`, error);
    },
  );
  return namespace.loading[language];
}

/**
 * Loads intl-messageformat for messages the light formatter declines; every message is shown again once it is in.
 * Until then such a message shows its own text (never an error).
 */
export function loadFullFormatter(): Promise<void> {
  loadingFull ??= import('intl-messageformat').then(
    (module) => {
      FullFormat = module.IntlMessageFormat;
      notify();
    },
    (error: unknown) => {
      loadingFull = undefined;
      console.warn('The message formatter could not be loaded.', error);
    },
  );
  return loadingFull;
}

/** Resolves when every namespace known so far has its words for the locale's language (or fell back to English). */
export function messagesReady(forLocale: string = locale): Promise<void> {
  const language = languageOf(forLocale);
  return Promise.all([...namespaces.values()].map((namespace) => load(namespace, language))).then(
    () => undefined,
  );
}

/** The locale shown (BCP 47, e.g. 'de-AT'): what every message, date and number uses. */
export const currentLocale = () => locale;

/** Shows another locale: its messages load (already loaded ones are used at once) and `<html lang>` follows. */
export function setLocale(next: string): void {
  void messagesReady(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (next === locale) return;
  locale = next;
  notify();
}

/** For useSyncExternalStore: changes when the locale changes or a language's messages arrive. */
export const subscribeMessages = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const messagesVersion = () => version;

function format(namespace: Namespace, key: string, forLocale: string, values?: MessageValues): string {
  const language = languageOf(forLocale);
  const translated = language === FALLBACK ? undefined : namespace.loaded[language]?.get(key);
  const message = translated ?? namespace.english.get(key);
  if (message === undefined) return key;
  // The English fallback is formatted as English (its plural rules), a translation in the locale shown.
  const formatLocale = translated === undefined ? FALLBACK : forLocale;
  const light = lightFormat(message, formatLocale, values);
  if (light !== undefined) return light;
  if (!FullFormat) {
    void loadFullFormatter();
    return message;
  }
  const cacheKey = `${formatLocale}\u0000${namespace.id}\u0000${key}\u0000${message}`;
  let compiled = formats.get(cacheKey);
  if (!compiled) {
    compiled = new FullFormat(message, formatLocale, undefined, { ignoreTag: true });
    formats.set(cacheKey, compiled);
  }
  return String(compiled.format(values));
}

export interface Messages<En extends Catalogue> {
  readonly id: string;
  /** A message in the locale shown now. */
  t: (key: MessageKey<En>, values?: MessageValues) => string;
  /** Messages in a given locale (a provider's form is made for `ctx.locale`). */
  in: (forLocale: string) => (key: MessageKey<En>, values?: MessageValues) => string;
  /** Resolves when this namespace's words for the locale are loaded (or English stands in for them). */
  ready: (forLocale?: string) => Promise<void>;
}

/**
 * Declares an area's messages: the English catalogue (bundled) and a loader per other language (a dynamic import).
 * The active language's words start loading at once.
 */
export function defineMessages<const En extends Catalogue>(
  id: string,
  english: En,
  loaders: Record<Exclude<Language, typeof FALLBACK>, Loader<En>>,
): Messages<En> {
  const namespace: Namespace = {
    id,
    english: flatten(english),
    loaders: loaders,
    loaded: {},
    loading: {},
  };
  namespaces.set(id, namespace);
  void load(namespace, languageOf(locale));
  return {
    id,
    t: (key, values) => format(namespace, key, locale, values),
    in: (forLocale) => (key, values) => format(namespace, key, forLocale, values),
    ready: (forLocale = locale) => load(namespace, languageOf(forLocale)),
  };
}

/** Every namespace with its English keys and its loaders (the completeness test reads them). */
export function registeredNamespaces(): ReadonlyArray<{
  id: string;
  english: ReadonlyMap<string, string>;
  load: (language: Exclude<Language, typeof FALLBACK>) => Promise<Catalogue>;
}> {
  return [...namespaces.values()].map((namespace) => ({
    id: namespace.id,
    english: namespace.english,
    load: async (language) => {
      const loader = namespace.loaders[language];
      if (!loader) throw new Error(`"${namespace.id}" has no ${language} messages.`);
      return loader();
    },
  }));
}
