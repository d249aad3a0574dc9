import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, LANGUAGES, languageOf, resolveLocale, supportedLocale } from './locales';

describe('locales', () => {
  it('gives the language of a locale we speak, English for anything else, the same on every call', () => {
    for (let i = 0; i < 3; i++) {
      expect(languageOf('de-AT')).toBe('de');
      expect(languageOf('ja-JP')).toBe('ja');
      expect(languageOf('en-GB')).toBe('en');
      expect(languageOf('fr-FR')).toBe('en');
      expect(languageOf('not a tag!')).toBe('en');
    }
  });

  it('resolves the first candidate we speak, canonical', () => {
    expect(supportedLocale('de_at')).toBe('de-AT');
    expect(resolveLocale(['fr', 'ja-jp', 'de'])).toBe('ja-JP');
    expect(resolveLocale([undefined, 'xx'])).toBe('en');
  });

  it('names every language in that language, as Intl does', () => {
    for (const language of LANGUAGES) {
      expect(LANGUAGE_NAMES[language]).toBe(
        new Intl.DisplayNames([language], { type: 'language' }).of(language),
      );
    }
  });
});
