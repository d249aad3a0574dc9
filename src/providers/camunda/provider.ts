// The Camunda 7 adapter: load (GET profile + OPTIONS for write access) and save (PUT all four fields).
import { generateForm } from '../../forms/generator/generate-form';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../types';
import {
  canUpdateCamundaUser,
  getCamundaProfile,
  putCamundaProfile,
  type CamundaProfile,
} from './camunda-api';
import { camundaConflicts, camundaFormData } from './camunda-conflicts';
import { describeCamundaError, READ_ONLY_REASON } from './camunda-errors';
import { camundaSpec } from './camunda-spec';

const generated = generateForm(camundaSpec);

function userIdOf(ctx: ProviderContext): string {
  const userId = ctx.params.userId;
  if (!userId) throw new Error('A Camunda user id is required in the address: /camunda/<user id>.');
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

function formFor(profile: CamundaProfile, writable: boolean): ProfileForm {
  return {
    ...generated,
    data: camundaFormData(profile),
    readOnly: writable ? undefined : { reason: READ_ONLY_REASON },
  };
}

export const camundaProvider: ProfileProvider = {
  id: 'camunda',
  async load(ctx) {
    const userId = userIdOf(ctx);
    const [profile, writable] = await Promise.all([
      getCamundaProfile(ctx.http, userId, ctx.signal),
      // A failing OPTIONS must not hide the profile: assume writable and let PUT's 403 decide.
      canUpdateCamundaUser(ctx.http, userId, ctx.signal).catch(() => true),
    ]);
    return formFor(profile, writable);
  },
  async save(ctx, { draft }) {
    const profile = toProfile(userIdOf(ctx), draft);
    await putCamundaProfile(ctx.http, profile, ctx.signal);
    return formFor(profile, true);
  },
  describeError: describeCamundaError,
  conflicts: camundaConflicts,
  authorization: (token) => (token.includes(':') ? `Basic ${btoa(token)}` : `Bearer ${token}`),
};
