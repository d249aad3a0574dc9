// Uphold's country list (`GET /core/countries`) as options for the shared country picker: alpha-2 codes,
// names in the user's language, and the scopes (citizenship, residence …) each country is restricted for.
import type { CountryOption } from '../../forms/renderers/country/country-option';
import type { ProviderContext } from '../types';
import { getCountries } from './uphold-api';
import type { UpholdCountry } from './uphold-types';

function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    return undefined;
  }
}

/** A country's name in the locale's words (Intl), else as Uphold wrote it. */
export function countryNameIn(locale: string): (country: Pick<UpholdCountry, 'code' | 'name'>) => string {
  const names = displayNames(locale);
  return (country) => {
    try {
      const name = names?.of(country.code);
      return name && name !== country.code ? name : country.name;
    } catch {
      return country.name;
    }
  };
}

export function toCountryOptions(countries: readonly UpholdCountry[], locale: string): CountryOption[] {
  const localName = countryNameIn(locale);
  return countries
    .filter((country) => /^[A-Z]{2}$/.test(country.code))
    .map((country) => ({
      value: country.code,
      label: localName(country),
      alpha2: country.code,
      restrictedFor: [...new Set((country.restrictions ?? []).map((r) => r.scope))],
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export async function loadCountryOptions(ctx: ProviderContext): Promise<CountryOption[]> {
  return toCountryOptions(await getCountries(ctx.http, ctx.locale, ctx.signal), ctx.locale);
}
