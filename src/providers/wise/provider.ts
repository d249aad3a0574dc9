// The Wise adapter: load the personal profile, save it through the update window, re-confirm unchanged details.
import { generateForm } from '../../forms/generator/generate-form';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { updateThroughWindow, wiseApi, type WiseProfile } from './wise-api';
import { wiseConflicts } from './wise-conflicts';
import { describeWiseError } from './wise-errors';
import { formToUpdate, lockFields, profileToForm, withControlOptions } from './wise-mapping';
import {
  LOCKED_REASON,
  occupationRegionOf,
  WISE_LOCKED_WHEN_VERIFIED,
  WISE_NOT_READ,
  wiseSpec,
} from './wise-spec';
import { OCCUPATIONS_SCOPE, occupationsRequired } from './wise-validators';

const generated = generateForm(wiseSpec);

const lockedLabels = WISE_LOCKED_WHEN_VERIFIED.map(
  (path) => wiseSpec.fields.find((f) => f.path === path)?.label.toLowerCase() ?? path,
);
const VERIFIED_NOTICE = `Your profile is verified by Wise: your ${lockedLabels.slice(0, -1).join(', ')} and ${lockedLabels.at(-1) ?? ''} can only be changed through Wise support.`;

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
  const notices = [verified ? VERIFIED_NOTICE : undefined, lastConfirmed(profile, ctx.locale)].filter(
    (n): n is string => n !== undefined,
  );
  const data = { ...profileToForm(profile), ...keep };
  const region = occupationRegionOf(data.address);
  let uischema = verified
    ? lockFields(generated.uischema, WISE_LOCKED_WHEN_VERIFIED, LOCKED_REASON)
    : generated.uischema;
  if (region) {
    uischema = withControlOptions(uischema, (scope) => scope === OCCUPATIONS_SCOPE, {
      occupationsOnFileFor: region,
    });
  }
  return {
    schema: generated.schema,
    uischema,
    data,
    notices,
    meta: { verified },
  };
}

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
  conflicts: wiseConflicts,
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
