// Camunda 7 REST calls for the user profile (engine-rest /user/{id}/...); every answer is parsed at the edge.
import type { HttpClient } from '../../api/http';
import { pathSegment } from '../../api/http';
import { parseResponse } from '../../api/parse-response';
import { CamundaProfileSchema, CamundaResourceOptionsSchema, type CamundaProfile } from './camunda-schemas';

export type { CamundaProfile };

const userPath = (userId: string) => `user/${pathSegment(userId)}`;

export async function getCamundaProfile(http: HttpClient, userId: string, signal?: AbortSignal) {
  const response = await http.request('GET', `${userPath(userId)}/profile`, { signal });
  return parseResponse(CamundaProfileSchema, response, 'Camunda sent a profile');
}

/** Camunda replaces all four fields: an omitted one becomes null, so every field is always sent. */
export async function putCamundaProfile(http: HttpClient, profile: CamundaProfile, signal?: AbortSignal) {
  await http.request('PUT', `${userPath(profile.id)}/profile`, { body: profile, signal });
}

/** OPTIONS /user/{id} lists the allowed operations; without `update` the identity service is read-only. */
export async function canUpdateCamundaUser(http: HttpClient, userId: string, signal?: AbortSignal) {
  const response = await http.request('OPTIONS', userPath(userId), { signal });
  const options = parseResponse(CamundaResourceOptionsSchema, response, 'Camunda sent resource options');
  return options.links.some((link) => link.rel === 'update');
}
