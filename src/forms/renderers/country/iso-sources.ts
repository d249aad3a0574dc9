// The built-in country lists: ISO 3166-1 alpha-2 ('GB') or alpha-3 lower case ('gbr'), named in the user's locale.
import countries from 'i18n-iso-countries';
import type { CountryOption } from './country-option';

export const ISO_SOURCES = ['iso-alpha2', 'iso-alpha3-lower'] as const;

// One list per source and locale: the same options (objects) on every render, so a chosen one stays the same
// value for the combobox (a new object would reset what is being typed) and nothing is named and sorted again.
const lists = new Map<string, CountryOption[]>();

export function isoCountryOptions(source: string, locale: string): CountryOption[] | undefined {
  if (!(ISO_SOURCES as readonly string[]).includes(source)) return undefined;
  const key = `${source}\u0000${locale}`;
  let list = lists.get(key);
  if (!list) {
    list = namedOptions(source, locale);
    lists.set(key, list);
  }
  return list;
}

function namedOptions(source: string, locale: string): CountryOption[] {
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
