// The Camunda 7 adapter: load (GET profile + OPTIONS for write access) and save (PUT all four fields).
import { generateForm } from '../../forms/generator/generate-form';
import { ownerOf } from '../owner';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../types';
import {
  canUpdateCamundaUser,
  getCamundaProfile,
  putCamundaProfile,
  type CamundaProfile,
} from './camunda-api';
import { camundaConflicts, camundaFormData } from './camunda-conflicts';
import { describeCamundaError } from './camunda-errors';
import { camundaMessages } from './camunda-messages';
import { camundaSpecIn } from './camunda-spec';

// The form in each locale it was asked in (made once per locale).
const generated = new Map<string, ReturnType<typeof generateForm>>();
const generatedIn = (locale: string) => {
  let form = generated.get(locale);
  if (!form) generated.set(locale, (form = generateForm(camundaSpecIn(camundaMessages.in(locale)))));
  return form;
};

function userIdOf(ctx: ProviderContext): string {
  const userId = ctx.params.userId;
  if (!userId) throw new Error(camundaMessages.t('userIdRequired'));
  return userId;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function toProfile(userId: string, draft: FormData): CamundaProfile {
  return {
    id: userId,
    firstName: text(draft.firstName),
    lastName: text(draft.lastName),
    email: text(draft.email),
  };
}

/** Whose profile this is: the name and e-mail Camunda holds (nothing invented when they are not set). */
export const camundaOwner = (profile: CamundaProfile): ProfileForm['owner'] =>
  ownerOf([profile.firstName, profile.lastName], [profile.email]);

function formFor(profile: CamundaProfile, writable: boolean, locale: string): ProfileForm {
  return {
    ...generatedIn(locale),
    data: camundaFormData(profile),
    readOnly: writable ? undefined : { reason: camundaMessages.in(locale)('readOnly') },
    owner: camundaOwner(profile),
  };
}

export const camundaProvider: ProfileProvider = {
  id: 'camunda',
  async load(ctx) {
    const userId = userIdOf(ctx);
    await camundaMessages.ready(ctx.locale);
    const [profile, writable] = await Promise.all([
      getCamundaProfile(ctx.http, userId, ctx.signal),
      // A failing OPTIONS must not hide the profile: assume writable and let PUT's 403 decide.
      canUpdateCamundaUser(ctx.http, userId, ctx.signal).catch(() => true),
    ]);
    return formFor(profile, writable, ctx.locale);
  },
  async save(ctx, { draft }) {
    const profile = toProfile(userIdOf(ctx), draft);
    await putCamundaProfile(ctx.http, profile, ctx.signal);
    return formFor(profile, true, ctx.locale);
  },
  describeError: describeCamundaError,
  conflicts: camundaConflicts,
  authorization: (token) => (token.includes(':') ? `Basic ${btoa(token)}` : `Bearer ${token}`),
};
