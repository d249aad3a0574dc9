// The Wise adapter: load the personal profile, save it through the update window, re-confirm unchanged details.
import { generateForm } from '../../forms/generator/generate-form';
import { formatDate, formatList } from '../../i18n';
import { ownerOf } from '../owner';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { updateThroughWindow, wiseApi, type WiseProfile } from './wise-api';
import { wiseConflicts } from './wise-conflicts';
import { describeWiseError } from './wise-errors';
import { formToUpdate, lockFields, profileToForm, withControlOptions } from './wise-mapping';
import { wiseMessages } from './wise-messages';
import { occupationRegionOf, WISE_LOCKED_WHEN_VERIFIED, WISE_NOT_READ, wiseSpecIn } from './wise-spec';
import { OCCUPATIONS_SCOPE, occupationsRequired } from './wise-validators';

// The form in each locale it was asked in (made once per locale).
const generated = new Map<string, ReturnType<typeof generateForm>>();
const generatedIn = (locale: string) => {
  let form = generated.get(locale);
  if (!form) generated.set(locale, (form = generateForm(wiseSpecIn(wiseMessages.in(locale)))));
  return form;
};

function verifiedNotice(locale: string): string {
  const t = wiseMessages.in(locale);
  const spec = wiseSpecIn(t);
  const labels = WISE_LOCKED_WHEN_VERIFIED.map((path) => {
    const label = spec.fields.find((f) => f.path === path)?.label ?? path;
    // A noun inside an English sentence is lower-cased; German and Japanese keep theirs as written.
    return locale.startsWith('en') ? label.toLocaleLowerCase(locale) : label;
  });
  return t('verifiedNotice', { fields: formatList(labels, locale) });
}

/** Whose profile this is: the name and e-mail (or phone) Wise holds; nothing invented. */
export const wiseOwner = (profile: WiseProfile): ProfileForm['owner'] =>
  ownerOf(
    [profile.firstName, profile.lastName],
    [profile.contactDetails?.email, profile.email, profile.contactDetails?.phoneNumber],
  );

function profileIdOf(ctx: ProviderContext): string {
  const profileId = ctx.params.profileId;
  if (!profileId || !/^\d+$/.test(profileId)) {
    throw new Error(wiseMessages.t('profileIdRequired'));
  }
  return profileId;
}

function lastConfirmed(profile: WiseProfile, locale: string): string | undefined {
  if (!profile.updatedAt) return undefined;
  const date = new Date(profile.updatedAt);
  if (Number.isNaN(date.getTime())) return undefined;
  const when = formatDate(date, locale);
  const overAYear = Date.now() - date.getTime() > 365 * 86_400_000;
  return wiseMessages.in(locale)(overAYear ? 'lastConfirmedLongAgo' : 'lastConfirmed', { when });
}

function formFor(
  profile: WiseProfile,
  ctx: ProviderContext,
  keep: Record<string, unknown> = {},
): ProfileForm {
  const verified = profile.verificationState === 'verified';
  const generated = generatedIn(ctx.locale);
  const notices = [
    verified ? verifiedNotice(ctx.locale) : undefined,
    lastConfirmed(profile, ctx.locale),
  ].filter((n): n is string => n !== undefined);
  const data = { ...profileToForm(profile), ...keep };
  const region = occupationRegionOf(data.address);
  let uischema = verified
    ? lockFields(generated.uischema, WISE_LOCKED_WHEN_VERIFIED, wiseMessages.in(ctx.locale)('locked'))
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
    owner: wiseOwner(profile),
  };
}

export const wiseProvider: ProfileProvider = {
  id: 'wise',
  async load(ctx) {
    await wiseMessages.ready(ctx.locale);
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
      // Read in the locale shown each time the editor renders the action.
      get label() {
        return wiseMessages.t('confirm.label');
      },
      get description() {
        return wiseMessages.t('confirm.description');
      },
      get successMessage() {
        return wiseMessages.t('confirm.success');
      },
      async run(ctx) {
        const profileId = profileIdOf(ctx);
        await updateThroughWindow(ctx.http, profileId);
        return formFor(await wiseApi.getProfile(ctx.http, profileId), ctx);
      },
    },
  ],
};
