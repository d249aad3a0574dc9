// The words a generated form shows (labels, titles, descriptions, choice titles), collected from its schema and
// UI schema, for tests that check a form is made in the locale asked for.
import type { ProfileForm } from '../providers/types';

const WORD_KEYS = new Set(['label', 'title', 'description']);

function collect(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (WORD_KEYS.has(key) && typeof inner === 'string' && inner.trim()) into.add(inner);
      else collect(inner, into);
    }
  }
  return into;
}

/** Every label, title and description in a form's schema and UI schema. */
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
