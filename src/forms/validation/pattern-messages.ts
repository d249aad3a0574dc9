// Plain-language messages for regular expressions that forms commonly use, so nobody is shown a raw regex.
// Patterns are compared as written in the schema; unknown ones get a neutral sentence (in the locale shown).
import { currentLocale, type MessageKey } from '../../i18n';
import { formsMessages } from '../forms-messages';
import type { en } from '../messages/en';

type PatternKey = Extract<MessageKey<typeof en>, `pattern.${string}`>;

const PATTERN_MESSAGES: ReadonlyArray<readonly [pattern: string, message: PatternKey]> = [
  ['^\\S+\\s+\\S+(\\s+\\S+)*$', 'pattern.twoWords'],
  ['^\\S+(\\s+\\S+)+$', 'pattern.twoWords'],
  ['^[A-Z]{2}$', 'pattern.countryCode2'],
  ['^[A-Z]{3}$', 'pattern.upperCode3'],
  ['^[a-z]{3}$', 'pattern.lowerCode3'],
  ['^[A-Z]{2}-[A-Z0-9]{1,3}$', 'pattern.regionCode'],
  ['^\\d+$', 'pattern.digits'],
  ['^[0-9]+$', 'pattern.digits'],
  ['^\\D*$', 'pattern.noDigits'],
  ['^[^0-9]*$', 'pattern.noDigits'],
  ['^\\S.*\\S$|^\\S$', 'pattern.noOuterSpaces'],
  ['^\\S(.*\\S)?$', 'pattern.noOuterSpaces'],
  ['^[^\\s].*[^\\s]$', 'pattern.noOuterSpaces'],
  ['^\\S+$', 'pattern.noSpaces'],
  ['^[A-Za-z]+$', 'pattern.letters'],
  ['^[a-zA-Z]+$', 'pattern.letters'],
  ['^[A-Za-z0-9]+$', 'pattern.lettersDigits'],
  ['^[a-zA-Z0-9]+$', 'pattern.lettersDigits'],
  ['^\\+?[1-9]\\d{1,14}$', 'pattern.phone'],
  ['^\\+[1-9]\\d{1,14}$', 'pattern.phone'],
  ['^\\d{4}-\\d{2}-\\d{2}$', 'pattern.isoDate'],
  ['^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$', 'pattern.bic'],
  ['^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$', 'pattern.iban'],
];

const BY_PATTERN = new Map(PATTERN_MESSAGES);

/** The fallback when a pattern is not known: neutral, and never the regex itself. */
export const unknownPatternMessage = (locale: string = currentLocale()) =>
  formsMessages.in(locale)('pattern.unknown');

/** A sentence explaining what the pattern asks for, or undefined when the pattern is not a well-known one. */
export function knownPatternMessage(pattern: string, locale: string = currentLocale()): string | undefined {
  const key = BY_PATTERN.get(pattern.trim());
  return key ? formsMessages.in(locale)(key) : undefined;
}

export function patternMessage(pattern: unknown, locale: string = currentLocale()): string {
  return (
    (typeof pattern === 'string' && knownPatternMessage(pattern, locale)) || unknownPatternMessage(locale)
  );
}
