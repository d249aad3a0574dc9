// Dates, numbers and lists in the locale shown, through Intl (never a hand-made format).
import { LANGUAGE_NAMES, type Language } from './locales';
import { currentLocale } from './message-store';

/** '14 September 2025' / '14. September 2025' / '2025年9月14日'. */
export const formatDate = (date: Date, locale = currentLocale(), style: 'long' | 'medium' = 'long') =>
  new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);

/** 'a, b and c' / 'a, b und c' / 'a、b、c'. */
export const formatList = (
  items: readonly string[],
  locale = currentLocale(),
  type: Intl.ListFormatType = 'conjunction',
) => new Intl.ListFormat(locale, { style: 'long', type }).format(items);

/** 'over a year ago'-style relative times ('vor 2 Jahren', '2 年前'). */
export const formatRelative = (value: number, unit: Intl.RelativeTimeFormatUnit, locale = currentLocale()) =>
  new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);

/**
 * A language's name in that language ('Deutsch', '日本語'), for the picker. Written out for the languages we speak:
 * Intl.DisplayNames loads each language's display data at its first use, ~50 ms on a slow phone during the first
 * render of every page (a unit test keeps these agreed with Intl's names).
 */
export const languageName = (language: Language) => LANGUAGE_NAMES[language];
