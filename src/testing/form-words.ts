// The words a generated form shows (labels, titles, descriptions, choice titles, pattern messages), collected from its schema and
// UI schema, for tests that check a form is made in the locale asked for.
import type { ProfileForm } from '../providers/types';

const WORD_KEYS = new Set(['label', 'title', 'description']);

function collect(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (WORD_KEYS.has(key) && typeof inner === 'string' && inner.trim()) into.add(inner);
      else if (key === 'errorMessage' && typeof inner === 'string') into.add(inner);
      else if (key === 'errorMessage' && typeof inner === 'object' && inner !== null) {
        for (const message of Object.values(inner as Record<string, unknown>))
          if (typeof message === 'string') into.add(message);
      } else collect(inner, into);
    }
  }
  return into;
}

/** Every label, title, description and error message in a form's schema and UI schema. */
export const formWords = (form: Pick<ProfileForm, 'schema' | 'uischema'>): Set<string> =>
  collect(form.uischema, collect(form.schema, new Set()));

/**
 * The English words still shown in a translated form: those of the English form that appear in the translated
 * one, less the words a translation keeps as they are in English (`same`).
 */
export function englishLeft(
  english: Pick<ProfileForm, 'schema' | 'uischema'>,
  translated: Pick<ProfileForm, 'schema' | 'uischema'>,
  same: Iterable<string> = [],
): string[] {
  const kept = new Set(same);
  const shown = formWords(translated);
  return [...formWords(english)].filter((word) => shown.has(word) && !kept.has(word));
}

/** The messages a translation words exactly as English does (brand names, words both languages share). */
export function sameWords(english: object, translation: object): string[] {
  const same: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string') {
      if (a === b) same.push(a);
    } else if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      for (const [key, value] of Object.entries(a)) walk(value, (b as Record<string, unknown>)[key]);
    }
  };
  walk(english, translation);
  return same;
}
