// Between Navixy's user_info / update parameters and the form's data. Only the fields the chosen legal type
// has are sent; "not on file" fields only when filled in; the phone only when there is something to change.
import { visibleFields } from '../../forms/generator/visible-fields';
import type { FormData } from '../types';
import type { PersonalInfoUpdate, UserInfo } from './navixy-api';
import { LEGAL_TYPES, NOT_ON_FILE_FIELDS, navixySpec } from './navixy-spec';

export const FORM_KEYS: ReadonlySet<string> = new Set(navixySpec.fields.map((field) => field.path));
const NOT_ON_FILE: ReadonlySet<string> = new Set(NOT_ON_FILE_FIELDS);

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** get_info's user_info → form data: the fields the form has; empty strings are shown as empty fields. */
export function userInfoToForm(info: UserInfo): FormData {
  const data: FormData = {};
  for (const key of FORM_KEYS) {
    const value = info[key];
    if (value === undefined || value === '' || NOT_ON_FILE.has(key)) continue;
    if (key === 'legal_type' && !LEGAL_TYPES.some((t) => t.value === value)) continue;
    data[key] = value;
  }
  return data;
}

/** "0-15 digits": spaces, dashes, brackets and a leading + are removed. */
export const phoneDigits = (value: unknown) => textOf(value).replace(/\D/g, '');

/** The update parameters for a draft: the visible fields only. */
export function formToUpdate(draft: FormData, base: FormData): PersonalInfoUpdate {
  const params: PersonalInfoUpdate = {};
  for (const field of visibleFields(navixySpec, draft)) {
    const key = field.path;
    if (key === 'phone') {
      // Omitted = unchanged; "" (0 digits) clears a phone that was on file.
      const digits = phoneDigits(draft.phone);
      if (digits !== '' || phoneDigits(base.phone) !== '') params.phone = digits;
      continue;
    }
    const value = textOf(draft[key]);
    // Navixy does not show these, so an empty field means "keep what Navixy has", never "clear".
    if (NOT_ON_FILE.has(key) && value === '') continue;
    params[key] = value;
  }
  return params;
}

/** The form's data after a successful update: what was sent (normalised), hidden fields as they were. */
export function dataAfterUpdate(draft: FormData, params: PersonalInfoUpdate): FormData {
  const data: FormData = { ...draft };
  for (const [key, value] of Object.entries(params)) {
    if (value === '') delete data[key];
    else data[key] = value;
  }
  return data;
}
