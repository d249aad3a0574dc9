// Navixy API calls for the user's personal info (user/get_info, plugin/list, user/personal_info/update).
// The session hash travels in `Authorization: NVX <hash>` (set by the provider), never in a URL.
import { ApiError } from '../../api/api-error';
import type { HttpClient } from '../../api/http';

/** The plugin that allows user/personal_info/update. */
export const PERSONAL_INFO_PLUGIN_ID = 45;

/** The parameters of user/personal_info/update (all strings; which ones exist depends on `legal_type`). */
export type PersonalInfoUpdate = Record<string, string>;

/** What get_info returns in `user_info`, reduced to its string values (the rest is not ours to edit). */
export type UserInfo = Record<string, string>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Navixy answers every call with `success`; a 200 that says `success: false` is still a failure. */
function checked(data: unknown, status: number, headers: Headers): Record<string, unknown> {
  if (isObject(data) && data.success === true) return data;
  if (isObject(data) && data.success === false) {
    throw new ApiError({ kind: 'http', status, body: data, headers, message: 'Navixy refused the request.' });
  }
  throw new ApiError({
    kind: 'parse',
    status,
    headers,
    message: 'Navixy sent an answer without the expected "success" field.',
  });
}

export async function getUserInfo(http: HttpClient, signal?: AbortSignal): Promise<UserInfo> {
  const { data, status, headers } = await http.request('GET', 'user/get_info', { signal });
  const info = checked(data, status, headers).user_info;
  if (!isObject(info)) {
    throw new ApiError({
      kind: 'parse',
      status,
      headers,
      message: 'Navixy sent user info without "user_info".',
    });
  }
  // Navixy omits null fields; only strings are editable values.
  return Object.fromEntries(
    Object.entries(info).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export async function listPluginIds(http: HttpClient, signal?: AbortSignal): Promise<number[]> {
  const { data, status, headers } = await http.request('GET', 'plugin/list', { signal });
  const list = checked(data, status, headers).list;
  if (!Array.isArray(list)) return [];
  return list.flatMap((plugin) => (isObject(plugin) && typeof plugin.id === 'number' ? [plugin.id] : []));
}

export async function updatePersonalInfo(
  http: HttpClient,
  params: PersonalInfoUpdate,
  signal?: AbortSignal,
): Promise<void> {
  const { data, status, headers } = await http.request('POST', 'user/personal_info/update', {
    body: params,
    signal,
  });
  checked(data, status, headers);
}
