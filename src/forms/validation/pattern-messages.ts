// Plain-language messages for regular expressions that forms commonly use, so nobody is shown a raw regex.
// Patterns are compared as written in the schema; unknown ones get a neutral sentence.

const PATTERN_MESSAGES: ReadonlyArray<readonly [pattern: string, message: string]> = [
  ['^\\S+\\s+\\S+(\\s+\\S+)*$', 'Enter at least two words, e.g. your first and last name.'],
  ['^\\S+(\\s+\\S+)+$', 'Enter at least two words, e.g. your first and last name.'],
  ['^[A-Z]{2}$', 'Use a two-letter country code, e.g. GB.'],
  ['^[A-Z]{3}$', 'Use a three-letter code in capital letters, e.g. GBR.'],
  ['^[a-z]{3}$', 'Use a three-letter code in small letters, e.g. gbr.'],
  ['^[A-Z]{2}-[A-Z0-9]{1,3}$', 'Use a region code: the country code, a hyphen and the region, e.g. GB-MAN.'],
  ['^\\d+$', 'Use digits only.'],
  ['^[0-9]+$', 'Use digits only.'],
  ['^\\D*$', 'Do not use digits.'],
  ['^[^0-9]*$', 'Do not use digits.'],
  ['^\\S.*\\S$|^\\S$', 'Remove the spaces at the start and end.'],
  ['^\\S(.*\\S)?$', 'Remove the spaces at the start and end.'],
  ['^[^\\s].*[^\\s]$', 'Remove the spaces at the start and end.'],
  ['^\\S+$', 'Do not use spaces.'],
  ['^[A-Za-z]+$', 'Use letters (A–Z) only.'],
  ['^[a-zA-Z]+$', 'Use letters (A–Z) only.'],
  ['^[A-Za-z0-9]+$', 'Use letters (A–Z) and digits only.'],
  ['^[a-zA-Z0-9]+$', 'Use letters (A–Z) and digits only.'],
  [
    '^\\+?[1-9]\\d{1,14}$',
    'Enter the number in international format: + and the country code, e.g. +442079460958.',
  ],
  [
    '^\\+[1-9]\\d{1,14}$',
    'Enter the number in international format: + and the country code, e.g. +442079460958.',
  ],
  ['^\\d{4}-\\d{2}-\\d{2}$', 'Enter the date as year-month-day, e.g. 1987-01-31.'],
  ['^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$', 'Enter a BIC/SWIFT code of 8 or 11 letters and digits.'],
  [
    '^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$',
    'Enter an IBAN: the country code, two check digits and the account number.',
  ],
];

const BY_PATTERN = new Map(PATTERN_MESSAGES);

/** The fallback when a pattern is not known: neutral, and never the regex itself. */
export const UNKNOWN_PATTERN_MESSAGE = "This doesn't match the expected format.";

/** A sentence explaining what the pattern asks for, or undefined when the pattern is not a well-known one. */
export function knownPatternMessage(pattern: string): string | undefined {
  return BY_PATTERN.get(pattern.trim());
}

export function patternMessage(pattern: unknown): string {
  return (typeof pattern === 'string' && knownPatternMessage(pattern)) || UNKNOWN_PATTERN_MESSAGE;
}
