// Between Wise's profile and the form: what the read gives, what the update sends (never an empty value for a
// field the read does not return, so nothing Wise holds is wiped), and which fields lock once verified.
import type { UISchemaElement } from '@jsonforms/core';
import type { FormData } from '../types';
import type { WiseProfile, WisePersonalProfileUpdate } from './wise-api';
import { WISE_STATE_COUNTRIES } from './wise-states';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const compact = <T extends object>(object: T): T | undefined => {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
};

export function profileToForm(profile: WiseProfile): FormData {
  const address = profile.address ?? {};
  return JSON.parse(
    JSON.stringify({
      firstName: text(profile.firstName),
      lastName: text(profile.lastName),
      preferredName: text(profile.preferredName),
      dateOfBirth: text(profile.dateOfBirth),
      address: compact({
        addressFirstLine: text(address.addressFirstLine),
        city: text(address.city),
        countryIso3Code: text(address.countryIso3Code)?.toLowerCase(),
        postCode: text(address.postCode),
        stateCode: text(address.stateCode),
      }),
      // The profile's contact details, not the account's top-level e-mail and phone: the update's
      // `contactDetails` sets these, so the form must show (and send back) these.
      contactDetails: compact({
        email: text(profile.contactDetails?.email),
        phoneNumber: text(profile.contactDetails?.phoneNumber),
      }),
    }),
  ) as FormData;
}

export function formToUpdate(draft: FormData): WisePersonalProfileUpdate {
  const address = (draft.address ?? {}) as Record<string, unknown>;
  const contact = (draft.contactDetails ?? {}) as Record<string, unknown>;
  const country = text(address.countryIso3Code);
  const occupations = (Array.isArray(draft.occupations) ? draft.occupations : [])
    .map((o) => text((o as { code?: unknown }).code))
    .filter((code): code is string => code !== undefined)
    .map((code) => ({ code, format: 'FREE_FORM' as const }));
  const update: WisePersonalProfileUpdate = {
    firstName: text(draft.firstName),
    lastName: text(draft.lastName),
    preferredName: text(draft.preferredName),
    firstNameInKana: text(draft.firstNameInKana),
    lastNameInKana: text(draft.lastNameInKana),
    address: compact({
      addressFirstLine: text(address.addressFirstLine),
      city: text(address.city),
      countryIso3Code: country,
      postCode: text(address.postCode),
      stateCode:
        country && (WISE_STATE_COUNTRIES as readonly string[]).includes(country)
          ? text(address.stateCode)
          : undefined,
    }),
    nationality: text(draft.nationality),
    dateOfBirth: text(draft.dateOfBirth),
    contactDetails: compact({ email: text(contact.email), phoneNumber: text(contact.phoneNumber) }),
    externalCustomerId: text(draft.externalCustomerId),
    occupations: occupations.length ? occupations : undefined,
  };
  return compact(update) ?? {};
}

/** A copy of the uischema with extra options on the controls whose scope passes the test. */
export function withControlOptions(
  uischema: UISchemaElement,
  matches: (scope: string) => boolean,
  extra: Record<string, unknown>,
): UISchemaElement {
  const visit = (element: UISchemaElement): UISchemaElement => {
    const scope = (element as { scope?: string }).scope;
    const elements = (element as { elements?: UISchemaElement[] }).elements;
    if (scope && matches(scope)) return { ...element, options: { ...element.options, ...extra } };
    return elements ? { ...element, elements: elements.map(visit) } : element;
  };
  return visit(uischema);
}

/** A copy of the uischema with the given top-level fields read-only and the reason shown under them. */
export function lockFields(
  uischema: UISchemaElement,
  paths: readonly string[],
  reason: string,
): UISchemaElement {
  return withControlOptions(uischema, (scope) => paths.some((p) => scope === `#/properties/${p}`), {
    readonly: true,
    readonlyReason: reason,
  });
}
