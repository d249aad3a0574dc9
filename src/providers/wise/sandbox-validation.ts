// The Wise sandbox's checks of a personal-profile update: the documented rules, answered as Wise's validation
// errors `{ code, message, path, arguments }`, plus our decision on what a verified profile may not change.
import { isPhoneNumber } from '../../forms/phone-format';
import type { WisePersonalProfileUpdate, WiseProfile } from './wise-api';
import { OCCUPATION_REGIONS, occupationRegionOf, WISE_LOCKED_WHEN_VERIFIED } from './wise-spec';
import { WISE_STATE_COUNTRIES, WISE_STATES } from './wise-states';

export interface WiseValidationError {
  code: string;
  message: string;
  path?: string;
  arguments?: unknown[];
}

/** What the sandbox holds beside the read: whether the profile is verified and what the read never returns. */
export interface StoredState {
  verified: boolean;
  hidden: Pick<WisePersonalProfileUpdate, 'nationality' | 'occupations'>;
}

const KATAKANA = /^[\u30A0-\u30FF\u3000 ]*$/;
const ZIP = /^\d{5}(-\d{4})?$/;

/** The documented rules, as Wise's validation errors. */
export function validateUpdate(
  body: WisePersonalProfileUpdate,
  current: WiseProfile,
  state: StoredState,
): WiseValidationError[] {
  const errors: WiseValidationError[] = [];
  for (const key of [
    'firstName',
    'lastName',
    'preferredName',
    'firstNameInKana',
    'lastNameInKana',
  ] as const) {
    const value = body[key];
    if (value !== undefined && value.length > 30)
      errors.push({ code: 'SIZE', message: 'Must be at most 30 characters.', path: key, arguments: [30] });
    if (key.endsWith('InKana') && value !== undefined && !KATAKANA.test(value)) {
      errors.push({ code: 'NOT_KATAKANA', message: 'Must be written in Katakana.', path: key });
    }
  }
  const address = body.address;
  if (address) {
    const country = address.countryIso3Code;
    if (country && !/^[a-z]{3}$/.test(country))
      errors.push({
        code: 'INVALID',
        message: 'Use a 3-letter lower-case country code.',
        path: 'address.countryIso3Code',
      });
    if (country && (WISE_STATE_COUNTRIES as readonly string[]).includes(country)) {
      if (!address.stateCode)
        errors.push({
          code: 'NOT_NULL',
          message: 'State is required for this country.',
          path: 'address.stateCode',
        });
      else if (!WISE_STATES.some((s) => s.group === country && s.value === address.stateCode)) {
        errors.push({
          code: 'INVALID',
          message: 'Unknown state for this country.',
          path: 'address.stateCode',
        });
      }
    }
    if (address.stateCode && address.stateCode.length > 5)
      errors.push({ code: 'SIZE', message: 'Must be at most 5 characters.', path: 'address.stateCode' });
    if (country === 'usa' && address.postCode && !ZIP.test(address.postCode)) {
      errors.push({
        code: 'INVALID_POSTCODE',
        message: 'Enter a US ZIP code such as 85001 or 85001-1234.',
        path: 'address.postCode',
      });
    }
  }
  if (
    body.dateOfBirth !== undefined &&
    (Number.isNaN(Date.parse(body.dateOfBirth)) || body.dateOfBirth > new Date().toISOString().slice(0, 10))
  ) {
    errors.push({
      code: 'INVALID',
      message: 'Date of birth must be a real date in the past.',
      path: 'dateOfBirth',
    });
  }
  const phone = body.contactDetails?.phoneNumber;
  // A number Wise already holds is accepted as it is; a new one must be a real international number.
  const unchanged = phone !== undefined && phone === current.contactDetails?.phoneNumber;
  if (phone !== undefined && !unchanged && !(phone.startsWith('+') && isPhoneNumber(phone)))
    errors.push({
      code: 'INVALID',
      message: 'Use the international format, e.g. +1408XXXXXXX.',
      path: 'contactDetails.phoneNumber',
    });
  const email = body.contactDetails?.email;
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    errors.push({ code: 'INVALID', message: 'Not a valid e-mail address.', path: 'contactDetails.email' });
  (body.occupations ?? []).forEach((o, i) => {
    if (o.format !== 'FREE_FORM')
      errors.push({
        code: 'INVALID',
        message: 'Only FREE_FORM is accepted.',
        path: `occupations[${i}].format`,
      });
    if (!o.code?.trim())
      errors.push({ code: 'NOT_BLANK', message: 'Enter the occupation.', path: `occupations[${i}].code` });
  });
  // The update replaces the whole address when it sends one.
  const region = occupationRegionOf(body.address ?? current.address);
  const occupations = body.occupations ?? state.hidden.occupations ?? [];
  if (region && occupations.length === 0) {
    errors.push({
      code: 'NOT_EMPTY',
      message: `An occupation is required for residents of ${OCCUPATION_REGIONS[region] ?? region}.`,
      path: 'occupations',
    });
  }
  if (state.verified) {
    for (const key of WISE_LOCKED_WHEN_VERIFIED) {
      const before = key === 'nationality' ? state.hidden.nationality : current[key];
      if (body[key] !== undefined && before && body[key] !== before) {
        errors.push({
          code: 'NOT_ALLOWED',
          message: 'This detail is verified and cannot be changed here.',
          path: key,
        });
      }
    }
  }
  return errors;
}
