// Uphold Core API calls used by the profile editor: the KYC overview, the profile PATCH and the country list.
import type { HttpClient } from '../../api/http';
import type { ProfileProcess, UpholdCountry } from './uphold-types';

// Interim checks of the answers (the http client returns `unknown`): the fields this module reads. Uphold's full
// response schemas are the uphold work's (uphold-schemas.ts).
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isProfileProcess = (value: unknown): value is ProfileProcess =>
  isRecord(value) && typeof value.status === 'string';
const isCountry = (value: unknown): value is UpholdCountry =>
  isRecord(value) && typeof value.code === 'string' && typeof value.name === 'string';

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
  const { data } = await http.request('GET', 'core/kyc', {
    query: { detailed: ['profile'].join(',') },
    headers: language(locale),
    signal,
  });
  const profile = isRecord(data) && isRecord(data.processes) ? data.processes.profile : undefined;
  if (!isProfileProcess(profile)) throw new MissingProfileProcessError();
  return profile;
}

/** `PATCH /core/kyc/processes/profile` with `{ input }`; the answer is the updated process (new input and hint). */
export async function patchProfile(
  http: HttpClient,
  input: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
): Promise<ProfileProcess> {
  const { data } = await http.request('PATCH', 'core/kyc/processes/profile', {
    body: { input },
    headers: language(locale),
    signal,
  });
  const profile = isRecord(data) ? data.profile : undefined;
  if (!isProfileProcess(profile)) throw new MissingProfileProcessError();
  return profile;
}

/** `GET /core/countries`: every country with its restrictions per scope and its subdivisions. */
export async function getCountries(http: HttpClient, locale: string, signal?: AbortSignal) {
  const { data } = await http.request('GET', 'core/countries', {
    headers: language(locale),
    signal,
  });
  return isRecord(data) && Array.isArray(data.countries) ? data.countries.filter(isCountry) : [];
}
