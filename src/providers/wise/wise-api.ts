// Wise calls for the personal profile and its update window (all with the user's token).
import type { HttpClient } from '../../api/http';

export interface WiseAddress {
  addressFirstLine?: string | null;
  city?: string | null;
  countryIso2Code?: string | null;
  countryIso3Code?: string | null;
  postCode?: string | null;
  stateCode?: string | null;
}

/** GET /v2/profiles/{profileId}; `verificationState` is added by the partner's proxy (see README). */
export interface WiseProfile {
  id: number;
  type: string;
  firstName?: string | null;
  lastName?: string | null;
  preferredName?: string | null;
  dateOfBirth?: string | null;
  /** The account's own e-mail and phone (not what the form edits). */
  email?: string | null;
  phoneNumber?: string | null;
  /** The profile's contact details: what the update's `contactDetails` sets, and what the form edits. */
  contactDetails?: { email?: string | null; phoneNumber?: string | null } | null;
  address?: WiseAddress | null;
  updatedAt?: string | null;
  verificationState?: 'verified' | 'not_verified';
}

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

const id = (profileId: string) => encodeURIComponent(profileId);
const correlation = () => ({ 'X-External-Correlation-Id': crypto.randomUUID() });

export const wiseApi = {
  getProfile: async (http: HttpClient, profileId: string, signal?: AbortSignal) =>
    (await http.request<WiseProfile>('GET', `v2/profiles/${id(profileId)}`, { signal })).data,
  openUpdateWindow: async (http: HttpClient, profileId: string) => {
    await http.request('POST', `v1/profiles/${id(profileId)}/update-window`, { headers: correlation() });
  },
  closeUpdateWindow: async (http: HttpClient, profileId: string) => {
    await http.request('DELETE', `v1/profiles/${id(profileId)}/update-window`, { headers: correlation() });
  },
  putPersonalProfile: async (http: HttpClient, profileId: string, body: WisePersonalProfileUpdate) =>
    (
      await http.request<WiseProfile>('PUT', `v2/profiles/${id(profileId)}/personal-profile`, {
        body,
        headers: correlation(),
      })
    ).data,
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
