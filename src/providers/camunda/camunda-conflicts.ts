// Camunda's PUT replaces all four fields: the editor sends the fields the user did not change with the values it
// just re-read (never the ones loaded minutes ago). The re-read is the profile alone (write access was settled
// at load). Repeating the PUT is harmless, so it may be retried.
import { trimmedText } from '../../forms/data/normalise';
import type { ConflictPolicy, FormData } from '../types';
import { getCamundaProfile, type CamundaProfile } from './camunda-api';

/** null (Camunda's "not set") is shown as an empty field. */
export function camundaFormData(profile: CamundaProfile): FormData {
  const data: FormData = {};
  for (const [key, value] of Object.entries(profile))
    if (value !== null && value !== undefined) data[key] = value;
  return data;
}

export const camundaConflicts: ConflictPolicy = {
  writes: 'whole-record',
  idempotentWrite: true,
  normalise: trimmedText,
  async reread(ctx, base) {
    const userId = ctx.params.userId ?? '';
    return { ...base, data: camundaFormData(await getCamundaProfile(ctx.http, userId, ctx.signal)) };
  },
};
