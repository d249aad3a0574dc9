// How far a process is, in plain words, computed from the hint and the answers: sections done (a category whose
// answers are all there and valid) and required answers still empty anywhere in the process.
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { validateWith } from '../../forms/ajv';
import { formatList, resolveLocale } from '../../i18n';
import type { FormData } from '../types';
import { categoriesOf, isCategoryComplete, keysOf } from './uphold-hint';
import { upholdMessages } from './uphold-messages';

export interface Progress {
  /** Sections (categories) in the process; 0 when the hint has none. */
  total: number;
  done: number;
  /** Required answers still empty anywhere in the process. */
  requiredLeft: number;
}

export function progressOf(schema: JsonSchema, uischema: UISchemaElement, data: FormData): Progress {
  const categories = categoriesOf(uischema);
  const done = categories.filter((category) => isCategoryComplete(schema, category, data)).length;
  const requiredLeft = validateWith(
    schema,
    withUnansweredSections(schema, categories.flatMap(keysOf), data),
  ).filter(
    (error) => error.keyword === 'required' || (error.keyword === 'minLength' && isEmpty(error.data)),
  ).length;
  return { total: categories.length, done, requiredLeft };
}

/**
 * The answers with an empty object for every section not answered at all: a schema's `required` inside a section
 * only counts once the section's object exists, and a section never opened still has its required answers left.
 */
function withUnansweredSections(schema: JsonSchema, keys: readonly string[], data: FormData): FormData {
  const filled: FormData = { ...data };
  for (const key of keys) {
    const section = schema.properties?.[key];
    if (filled[key] === undefined && section && (section.type === 'object' || section.properties))
      filled[key] = {};
  }
  return filled;
}

const isEmpty = (value: unknown) => value === '' || value === undefined || value === null;

/** '2 of 3 sections done · 4 required answers left' (or without sections when the hint has none). */
export function progressWords(progress: Progress, locale: string): string {
  const t = upholdMessages.in(locale);
  if (progress.total === 0) {
    return progress.requiredLeft === 0
      ? t('progress.allDone')
      : t('progress.leftOnly', { count: progress.requiredLeft });
  }
  return t('progress.joined', {
    sections: t('progress.sections', { done: progress.done, total: progress.total }),
    left: t('progress.left', { count: progress.requiredLeft }),
  });
}

/** 'Uphold has new questions for you: Address, Occupation.' */
export const newQuestionsWords = (names: readonly string[], locale: string) =>
  // The list in the language of the words around it (English for a locale we do not speak).
  upholdMessages.in(locale)('newQuestions', { names: formatList(names, resolveLocale([locale])) });
