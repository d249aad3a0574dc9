// The Nexudus adapter: load the customer profile, save one section by PATCHing only its changed fields, then
// re-read the profile (the envelope carries no data). Passwords are secrets: never cached, cleared after a save.
import { formsMessages } from '../../forms/forms-messages';
import { generateForm } from '../../forms/generator/generate-form';
import type { CountryOption } from '../../forms/renderers/country/country-option';
import { ownerOf } from '../owner';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { getNexudusCountries, getNexudusProfile, patchNexudusProfile } from './nexudus-api';
import { nexudusConflicts } from './nexudus-conflicts';
import { createNexudusErrorDescriber } from './nexudus-errors';
import { coworkerToForm, formKeys, profilePatch } from './nexudus-mapping';
import { nexudusMessages } from './nexudus-messages';
import { COUNTRY_SOURCE, nexudusSpecIn, PASSWORD_FIELDS, sectionKeys } from './nexudus-spec';
import { passwordsTogether, repeatMatches } from './nexudus-validators';

// The form in each locale it was asked in (made once per locale).
const generated = new Map<string, ReturnType<typeof generateForm>>();
const generatedIn = (locale: string) => {
  let form = generated.get(locale);
  if (!form) {
    form = generateForm(nexudusSpecIn(nexudusMessages.in(locale), formsMessages.in(locale)));
    generated.set(locale, form);
  }
  return form;
};

/** Whose profile this is: the customer's full name and e-mail (else the billing e-mail, else the mobile). */
export const nexudusOwner = (coworker: Record<string, unknown>): ProfileForm['owner'] =>
  ownerOf([coworker.FullName], [coworker.Email, coworker.BillingEmail, coworker.MobilePhone]);

async function loadForm(ctx: ProviderContext): Promise<ProfileForm> {
  const [coworker] = await Promise.all([
    getNexudusProfile(ctx.http, ctx.signal),
    nexudusMessages.ready(ctx.locale),
    formsMessages.ready(ctx.locale),
  ]);
  return {
    ...generatedIn(ctx.locale),
    data: coworkerToForm(coworker),
    saveBy: 'category',
    owner: nexudusOwner(coworker),
  };
}

/** Country names in the user's language from the ISO code; Nexudus's English name when the code is unknown. */
export async function nexudusCountryOptions(ctx: ProviderContext): Promise<CountryOption[]> {
  const countries = await getNexudusCountries(ctx.http, ctx.signal);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([ctx.locale, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  const nameOf = (code: string, fallback: string) => {
    try {
      const name = names?.of(code.toUpperCase());
      return name && name !== code.toUpperCase() ? name : fallback;
    } catch {
      return fallback;
    }
  };
  return countries
    .map((c) => ({
      value: c.Id,
      label: nameOf(c.TwoDigitsCode, c.Name),
      alpha2: c.TwoDigitsCode.toUpperCase(),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
}

function applied(data: FormData, changes: Record<string, unknown>): FormData {
  const next: FormData = { ...data };
  for (const [key, value] of Object.entries(changes)) {
    if ((PASSWORD_FIELDS as readonly string[]).includes(key)) continue;
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

function keysOfPart(part: string | undefined): readonly string[] {
  if (part === undefined) return [...formKeys];
  const keys = sectionKeys[Number(part)];
  if (!keys) throw new Error(nexudusMessages.t('errors.noSection', { part: String(part) }));
  return keys;
}

export const nexudusProvider: ProfileProvider = {
  id: 'nexudus',
  load: loadForm,
  async save(ctx, { draft, base, part }) {
    const changes = profilePatch(base.data, draft, keysOfPart(part));
    // The contract: omitted fields are left unchanged, so a save with nothing changed sends nothing.
    if (Object.keys(changes).length === 0) return base;
    await patchNexudusProfile(ctx.http, changes, ctx.signal);
    // The envelope carries no profile: read it again; if that read fails, the saved changes are known anyway.
    return loadForm(ctx).catch(() => ({ ...base, data: applied(base.data, changes) }));
  },
  describeError: createNexudusErrorDescriber(formKeys),
  countrySources: { [COUNTRY_SOURCE]: nexudusCountryOptions },
  validators: [passwordsTogether, repeatMatches],
  secretPaths: PASSWORD_FIELDS.map((key) => `/${key}`),
  conflicts: nexudusConflicts,
};
