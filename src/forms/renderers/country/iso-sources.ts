// The built-in country lists: ISO 3166-1 alpha-2 ('GB') or alpha-3 lower case ('gbr'), named in the user's locale.
import countries from 'i18n-iso-countries';
import type { CountryOption } from './country-option';

export const ISO_SOURCES = ['iso-alpha2', 'iso-alpha3-lower'] as const;

export function isoCountryOptions(source: string, locale: string): CountryOption[] | undefined {
  if (!(ISO_SOURCES as readonly string[]).includes(source)) return undefined;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  return Object.keys(countries.getAlpha2Codes())
    .map((alpha2) => ({
      value: source === 'iso-alpha2' ? alpha2 : (countries.alpha2ToAlpha3(alpha2) ?? alpha2).toLowerCase(),
      label: names?.of(alpha2) ?? alpha2,
      alpha2,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
