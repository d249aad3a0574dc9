// The Wise adapter: load the personal profile, save it through the update window, re-confirm unchanged details.
import { generateForm } from '../../forms/generator/generate-form';
import type { ControlValidator } from '../../forms/validation/control-validator';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { updateThroughWindow, wiseApi, type WiseProfile } from './wise-api';
import { describeWiseError } from './wise-errors';
import { formToUpdate, lockFields, profileToForm } from './wise-mapping';
import {
  LOCKED_REASON,
  OCCUPATION_COUNTRIES,
  WISE_LOCKED_WHEN_VERIFIED,
  WISE_NOT_READ,
  wiseSpec,
} from './wise-spec';

const generated = generateForm(wiseSpec);

function profileIdOf(ctx: ProviderContext): string {
  const profileId = ctx.params.profileId;
  if (!profileId || !/^\d+$/.test(profileId)) {
    throw new Error('A Wise profile id (a number) is required in the address: /wise/<profile id>.');
  }
  return profileId;
}

function lastConfirmed(profile: WiseProfile, locale: string): string | undefined {
  if (!profile.updatedAt) return undefined;
  const date = new Date(profile.updatedAt);
  if (Number.isNaN(date.getTime())) return undefined;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  const overAYear = Date.now() - date.getTime() > 365 * 86_400_000;
  return overAYear
    ? `Last confirmed with Wise on ${when}, over a year ago: please check your details and confirm them.`
    : `Last confirmed with Wise on ${when}.`;
}

function formFor(
  profile: WiseProfile,
  ctx: ProviderContext,
  keep: Record<string, unknown> = {},
): ProfileForm {
  const verified = profile.verificationState === 'verified';
  const notices = [
    verified
      ? 'Your profile is verified by Wise: your name, date of birth and nationality can only be changed through Wise support.'
      : undefined,
    lastConfirmed(profile, ctx.locale),
  ].filter((n): n is string => n !== undefined);
  return {
    schema: generated.schema,
    uischema: verified
      ? lockFields(generated.uischema, WISE_LOCKED_WHEN_VERIFIED, LOCKED_REASON)
      : generated.uischema,
    data: { ...profileToForm(profile), ...keep },
    notices,
    meta: { verified },
  };
}

/** Occupations are required for residents of some countries (and of New Mexico, US). */
const occupationsRequired: ControlValidator = {
  id: 'wise-occupations',
  appliesTo: (control) => control.scope === '#/properties/occupations',
  validate(value, _control, data) {
    const address = (data as { address?: Record<string, unknown> }).address ?? {};
    const country = address.countryIso3Code as string | undefined;
    const needed =
      (country && OCCUPATION_COUNTRIES.includes(country)) ||
      (country === 'usa' && address.stateCode === 'NM');
    const filled =
      Array.isArray(value) && value.some((o) => typeof (o as { code?: unknown }).code === 'string');
    return needed && !filled
      ? 'Wise needs at least one occupation for residents of this country or state.'
      : undefined;
  },
};

export const wiseProvider: ProfileProvider = {
  id: 'wise',
  async load(ctx) {
    return formFor(await wiseApi.getProfile(ctx.http, profileIdOf(ctx), ctx.signal), ctx);
  },
  async save(ctx, { draft }) {
    const profileId = profileIdOf(ctx);
    const saved =
      (await updateThroughWindow(ctx.http, profileId, formToUpdate(draft))) ??
      (await wiseApi.getProfile(ctx.http, profileId));
    // Wise's answer does not echo the fields its read never returns: keep what the user just sent on screen.
    const keep = Object.fromEntries(
      WISE_NOT_READ.filter((key) => draft[key] !== undefined).map((key) => [key, draft[key]]),
    );
    return formFor(saved, ctx, keep);
  },
  describeError: describeWiseError,
  validators: [occupationsRequired],
  actions: [
    {
      id: 'confirm-details',
      label: 'My details are still correct',
      description: 'Tells Wise your details are unchanged (Wise asks for this at least once a year).',
      successMessage: 'Thank you: Wise now knows your details are up to date.',
      async run(ctx) {
        const profileId = profileIdOf(ctx);
        await updateThroughWindow(ctx.http, profileId);
        return formFor(await wiseApi.getProfile(ctx.http, profileId), ctx);
      },
    },
  ],
};
