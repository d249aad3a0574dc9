// Dates, numbers and lists in the locale shown, through Intl (never a hand-made format).
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

/** A language's name in that language ('Deutsch', '日本語'), for the picker. */
export const languageName = (language: string) =>
  new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
