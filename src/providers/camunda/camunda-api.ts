// Camunda 7 REST calls for the user profile (engine-rest /user/{id}/...).
import type { HttpClient } from '../../api/http';

export interface CamundaProfile {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

interface ResourceOptions {
  links?: Array<{ method: string; href: string; rel: string }>;
}

const userPath = (userId: string) => `user/${encodeURIComponent(userId)}`;

export async function getCamundaProfile(http: HttpClient, userId: string, signal?: AbortSignal) {
  return (await http.request<CamundaProfile>('GET', `${userPath(userId)}/profile`, { signal })).data;
}

/** Camunda replaces all four fields: an omitted one becomes null, so every field is always sent. */
export async function putCamundaProfile(http: HttpClient, profile: CamundaProfile, signal?: AbortSignal) {
  await http.request('PUT', `${userPath(profile.id)}/profile`, { body: profile, signal });
}

/** OPTIONS /user/{id} lists the allowed operations; without `update` the identity service is read-only. */
export async function canUpdateCamundaUser(http: HttpClient, userId: string, signal?: AbortSignal) {
  const { data } = await http.request<ResourceOptions>('OPTIONS', userPath(userId), { signal });
  return (data?.links ?? []).some((link) => link.rel === 'update');
}
