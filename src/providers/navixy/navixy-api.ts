// Navixy API calls for the user's personal info (user/get_info, plugin/list, user/personal_info/update).
// The session hash travels in `Authorization: NVX <hash>` (set by the provider), never in a URL.
import { ApiError } from '../../api/api-error';
import type { HttpClient, HttpResponse } from '../../api/http';
import { parseResponse } from '../../api/parse-response';
import { NavixyEnvelopeSchema, NavixyPluginListSchema, NavixyUserInfoSchema } from './navixy-schemas';

/** The plugin that allows user/personal_info/update. */
export const PERSONAL_INFO_PLUGIN_ID = 45;

/** The parameters of user/personal_info/update (all strings; which ones exist depends on `legal_type`). */
export type PersonalInfoUpdate = Record<string, string>;

/** What get_info returns in `user_info`, reduced to its string values (the rest is not ours to edit). */
export type UserInfo = Record<string, string>;

/** Navixy answers every call with `success`; a 200 that says `success: false` is still a failure. */
function checked(response: HttpResponse, what: string): HttpResponse {
  const { success } = parseResponse(NavixyEnvelopeSchema, response, `Navixy sent ${what}`);
  if (!success) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      body: response.data,
      headers: response.headers,
      message: 'Navixy refused the request.',
    });
  }
  return response;
}

export async function getUserInfo(http: HttpClient, signal?: AbortSignal): Promise<UserInfo> {
  const response = checked(await http.request('GET', 'user/get_info', { signal }), 'user info');
  const { user_info } = parseResponse(NavixyUserInfoSchema, response, 'Navixy sent user info');
  // Navixy omits (or nulls) fields it has no value for; only strings are editable values.
  return Object.fromEntries(
    Object.entries(user_info).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export async function listPluginIds(http: HttpClient, signal?: AbortSignal): Promise<number[]> {
  const response = checked(await http.request('GET', 'plugin/list', { signal }), 'a plugin list');
  return parseResponse(NavixyPluginListSchema, response, 'Navixy sent a plugin list').list.map(
    (plugin) => plugin.id,
  );
}

export async function updatePersonalInfo(
  http: HttpClient,
  params: PersonalInfoUpdate,
  signal?: AbortSignal,
): Promise<void> {
  checked(await http.request('POST', 'user/personal_info/update', { body: params, signal }), 'an answer');
}
