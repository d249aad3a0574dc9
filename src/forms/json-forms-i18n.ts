// What JSON Forms gets as `i18n`: the form's locale, `translate` for JSON Forms' own texts (the material fallback's
// list and combinator buttons and dialogs) and `translateError`, which words our validation errors in that locale.
// Labels are not translated here: a generated form is made in its locale by its provider, and a hint's labels are
// shown as the provider sent them (Uphold answers in the Accept-Language it was asked).
import type { ErrorObject } from 'ajv';
import type { JsonFormsI18nState, Translator } from '@jsonforms/core';
import { FALLBACK, LANGUAGES, languageOf } from '../i18n';
import { formsMessages } from './forms-messages';
import type { en } from './messages/en';
import { humanMessage, SCHEMA_KEYWORDS } from './validation/error-messages';

type JsonFormsKey = keyof (typeof en)['jsonForms'];

const cache = new Map<
  string,
  Required<Pick<JsonFormsI18nState, 'locale' | 'translate' | 'translateError'>>
>();

/** The same object for the same locale, so JSON Forms re-maps its controls only when the locale changes. */
export function jsonFormsI18n(locale: string) {
  let i18n = cache.get(locale);
  if (i18n) return i18n;
  const t = formsMessages.in(locale);
  const english = languageOf(locale) === FALLBACK;
  // JSON Forms types the result by whether a default was given (a conditional type no function body can meet).
  type Result<D> = D extends string ? string : string | undefined;
  const translate: Translator = <D extends string | undefined = undefined>(
    key: string,
    defaultMessage?: D,
  ) => {
    const last = key.slice(key.lastIndexOf('.') + 1);
    // JSON Forms' English defaults may name the list ("Add to Tax documents"): kept as they are in English.
    const words = english || !isJsonFormsKey(last) ? defaultMessage : t(`jsonForms.${last}`);
    return words as Result<D>;
  };
  const translateError = (error: ErrorObject) =>
    SCHEMA_KEYWORDS.has(error.keyword) ? inLocale(error, locale) : (error.message ?? '');
  i18n = { locale, translate, translateError };
  cache.set(locale, i18n);
  return i18n;
}

/**
 * A schema error's words in the locale: its message was worded when it was validated (perhaps in another locale),
 * and the editor may have added to it (a value already on file): the worded part is replaced, the rest kept.
 */
function inLocale(error: ErrorObject, locale: string): string {
  const words = humanMessage(error, locale);
  const said = error.message;
  if (!said) return words;
  for (const language of LANGUAGES) {
    const worded = humanMessage(error, language);
    if (said.startsWith(worded)) return words + said.slice(worded.length);
  }
  return said;
}

const isJsonFormsKey = (key: string): key is JsonFormsKey => key in knownKeys;

const knownKeys: Record<JsonFormsKey, true> = {
  addTooltip: true,
  addAriaLabel: true,
  removeTooltip: true,
  removeAriaLabel: true,
  upAriaLabel: true,
  up: true,
  downAriaLabel: true,
  down: true,
  noDataMessage: true,
  noSelection: true,
  deleteDialogTitle: true,
  deleteDialogMessage: true,
  deleteDialogAccept: true,
  deleteDialogDecline: true,
  clearDialogTitle: true,
  clearDialogMessage: true,
  clearDialogAccept: true,
  clearDialogDecline: true,
};
