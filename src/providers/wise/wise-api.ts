// Wise calls for the personal profile and its update window (all with the user's token); answers are parsed at
// the edge (wise-schemas.ts).
import type * as v from 'valibot';
import { pathSegment, type HttpClient } from '../../api/http';
import { parseResponse } from '../../api/parse-response';
import { WiseProfileSchema, type WiseAddressSchema } from './wise-schemas';

export type WiseAddress = v.InferOutput<typeof WiseAddressSchema>;
export type WiseProfile = v.InferOutput<typeof WiseProfileSchema>;

export interface WisePersonalProfileUpdate {
  firstName?: string;
  lastName?: string;
  preferredName?: string;
  firstNameInKana?: string;
  lastNameInKana?: string;
  address?: Omit<WiseAddress, 'countryIso2Code'>;
  nationality?: string;
  dateOfBirth?: string;
  contactDetails?: { email?: string; phoneNumber?: string };
  externalCustomerId?: string;
  occupations?: Array<{ code: string; format: 'FREE_FORM' }>;
}

const id = (profileId: string) => pathSegment(profileId);
const correlation = () => ({ 'X-External-Correlation-Id': crypto.randomUUID() });

export const wiseApi = {
  getProfile: async (http: HttpClient, profileId: string, signal?: AbortSignal) =>
    parseResponse(
      WiseProfileSchema,
      await http.request('GET', `v2/profiles/${id(profileId)}`, { signal }),
      'Wise sent a profile',
    ),
  openUpdateWindow: async (http: HttpClient, profileId: string) => {
    await http.request('POST', `v1/profiles/${id(profileId)}/update-window`, { headers: correlation() });
  },
  closeUpdateWindow: async (http: HttpClient, profileId: string) => {
    await http.request('DELETE', `v1/profiles/${id(profileId)}/update-window`, { headers: correlation() });
  },
  putPersonalProfile: async (http: HttpClient, profileId: string, body: WisePersonalProfileUpdate) =>
    parseResponse(
      WiseProfileSchema,
      await http.request('PUT', `v2/profiles/${id(profileId)}/personal-profile`, {
        body,
        headers: correlation(),
      }),
      'Wise answered the update with a profile',
    ),
};

/**
 * Wise's update sequence: open the update window, PUT, close the window — closed even when the PUT fails,
 * so a profile is never left open. With no body it only re-confirms the details (open + close).
 */
export async function updateThroughWindow(
  http: HttpClient,
  profileId: string,
  body?: WisePersonalProfileUpdate,
): Promise<WiseProfile | undefined> {
  await wiseApi.openUpdateWindow(http, profileId);
  let saved: WiseProfile | undefined;
  try {
    if (body) saved = await wiseApi.putPersonalProfile(http, profileId, body);
  } catch (error) {
    await wiseApi.closeUpdateWindow(http, profileId).catch(() => undefined);
    throw error;
  }
  await wiseApi.closeUpdateWindow(http, profileId);
  return saved;
}
