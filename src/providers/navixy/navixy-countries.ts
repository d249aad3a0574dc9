// Navixy's address countries for the shared country picker: Navixy stores the country as free text, and its own
// examples use the English name ("Germany"), so that is the value sent; the label is the name in the locale shown.
import countries from 'i18n-iso-countries';
import type { CountryOption } from '../../forms/renderers/country/country-option';

export function navixyCountryOptions(locale: string): CountryOption[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  let shown: Intl.DisplayNames | undefined;
  try {
    shown = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    shown = undefined;
  }
  return Object.keys(countries.getAlpha2Codes())
    .map((alpha2) => ({
      value: english.of(alpha2) ?? alpha2,
      label: shown?.of(alpha2) ?? english.of(alpha2) ?? alpha2,
      alpha2,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
