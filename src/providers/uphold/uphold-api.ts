// Uphold Core API calls used by the profile editor: the KYC overview, the profile PATCH and the country list.
import type { HttpClient } from '../../api/http';
import type { CountriesResponse, KycOverview, ProfileProcess, UpdateProfileResponse } from './uphold-types';

/** Uphold answers in the language asked for (country names, hint titles). */
const language = (locale: string) => ({ 'Accept-Language': locale });

export class MissingProfileProcessError extends Error {
  constructor() {
    super('Uphold sent no profile process in the KYC overview.');
    this.name = 'MissingProfileProcessError';
  }
}

/** `GET /core/kyc?detailed=profile` → the profile process (a `detailed` list would be comma-separated). */
export async function getProfileProcess(
  http: HttpClient,
  locale: string,
  signal?: AbortSignal,
): Promise<ProfileProcess> {
  const { data } = await http.request<KycOverview>('GET', 'core/kyc', {
    query: { detailed: ['profile'].join(',') },
    headers: language(locale),
    signal,
  });
  const profile = data?.processes?.profile;
  if (!profile || typeof profile !== 'object') throw new MissingProfileProcessError();
  return profile;
}

/** `PATCH /core/kyc/processes/profile` with `{ input }`; the answer is the updated process (new input and hint). */
export async function patchProfile(
  http: HttpClient,
  input: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
): Promise<ProfileProcess> {
  const { data } = await http.request<UpdateProfileResponse>('PATCH', 'core/kyc/processes/profile', {
    body: { input },
    headers: language(locale),
    signal,
  });
  if (!data?.profile) throw new MissingProfileProcessError();
  return data.profile;
}

/** `GET /core/countries`: every country with its restrictions per scope and its subdivisions. */
export async function getCountries(http: HttpClient, locale: string, signal?: AbortSignal) {
  const { data } = await http.request<CountriesResponse>('GET', 'core/countries', {
    headers: language(locale),
    signal,
  });
  return Array.isArray(data?.countries) ? data.countries : [];
}
