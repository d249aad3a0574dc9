// Postal codes checked against the country chosen in the same form (`format: "postal-code"`), using the
// postcode-validator package; countries without postal codes (or unknown to it) are not checked.
import { currentLocale } from '../../i18n';
import { formsMessages } from '../forms-messages';
import countries from 'i18n-iso-countries';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { ControlElement, JsonSchema } from '@jsonforms/core';
import { dependencyValue } from './depends-on';
import { pointerOfScope, valueAt } from './uischema-walk';

export const POSTAL_CODE_FORMAT = 'postal-code';

export function isPostalCodeControl(control: ControlElement, schema: JsonSchema | undefined): boolean {
  return schema?.format === POSTAL_CODE_FORMAT || control.options?.format === POSTAL_CODE_FORMAT;
}

/** ISO alpha-2 for a country value: 'GB', 'gb', 'GBR', 'gbr' or a subdivision such as 'GB-MAN'. */
export function alpha2Of(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  const subdivision = /^([A-Z]{2})-[A-Z0-9]{1,3}$/.exec(code);
  const alpha2 = subdivision
    ? subdivision[1]
    : code.length === 3
      ? countries.alpha3ToAlpha2(code)
      : code.length === 2
        ? code
        : undefined;
  return alpha2 && countries.isValid(alpha2) ? alpha2 : undefined;
}

const COUNTRY_KEY = /^country(code|iso\d?(code)?|alpha[23]|id)?$/i;

/** The country a postal code belongs to: the control named by `dependsOn`, else a sibling called country…. */
export function postalCodeCountry(control: ControlElement, data: unknown): string | undefined {
  if (control.options?.dependsOn !== undefined) return alpha2Of(dependencyValue(control, data));
  const own = pointerOfScope(control.scope);
  const parent = valueAt(data, own.slice(0, own.lastIndexOf('/')));
  if (parent === null || typeof parent !== 'object') return undefined;
  const key = Object.keys(parent).find((k) => COUNTRY_KEY.test(k));
  return key ? alpha2Of((parent as Record<string, unknown>)[key]) : undefined;
}

let englishNames: Intl.DisplayNames | undefined;
export function countryName(alpha2: string, locale = 'en'): string {
  try {
    if (locale === 'en') {
      englishNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
      return englishNames.of(alpha2) ?? alpha2;
    }
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}

/** Whether postal codes of this country can be checked. */
export const canCheckPostalCode = (alpha2: string) => postcodeValidatorExistsForCountry(alpha2);

/** Postal codes are written in capitals without surrounding spaces. */
export const normalisePostalCode = (value: string) => value.trim().toUpperCase();

export function postalCodeMessage(value: unknown, alpha2: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || !alpha2 || !canCheckPostalCode(alpha2)) {
    return undefined;
  }
  return postcodeValidator(normalisePostalCode(value), alpha2)
    ? undefined
    : formsMessages.t('validation.postalCode', { country: countryName(alpha2, currentLocale()) });
}

// Typical postal codes, shown as examples (the package checks formats but has no samples).
const EXAMPLES: Record<string, string> = {
  GB: 'SW1A 1AA',
  US: '94103',
  CA: 'K1A 0B1',
  IE: 'D02 X285',
  DE: '10115',
  FR: '75001',
  ES: '28013',
  IT: '00184',
  PT: '1100-148',
  NL: '1012 AB',
  BE: '1000',
  CH: '8001',
  AT: '1010',
  SE: '114 55',
  NO: '0150',
  DK: '1050',
  FI: '00100',
  PL: '00-950',
  BR: '01310-100',
  MX: '06600',
  JP: '100-0001',
  AU: '2000',
  NZ: '6011',
  IN: '110001',
  SG: '018956',
};

export const postalCodeExample = (alpha2: string): string | undefined => EXAMPLES[alpha2];
