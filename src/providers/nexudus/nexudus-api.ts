// Nexudus portal API calls: the profile for editing, the PATCH of changed fields, and the country list.
import type { HttpClient } from '../../api/http';
import { NexudusRefusal, type ActionConfirmation } from './nexudus-errors';

/** The editable customer fields (as the PATCH contract names them) plus read-only identity. */
export type NexudusCoworker = Record<string, unknown> & { Id?: number; Email?: string };

export interface NexudusCountry {
  Id: number;
  Name: string;
  TwoDigitsCode: string;
  Culture: string;
}

export const PROFILE_PATH = 'en/profile';
export const PATCH_PATH = 'api/public/coworker/profile';
export const COUNTRIES_PATH = 'api/public/countries';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** GET /en/profile?_resource=Coworker: "the full customer profile for editing", wrapped as `{ Coworker }`. */
export async function getNexudusProfile(http: HttpClient, signal?: AbortSignal): Promise<NexudusCoworker> {
  const { data } = await http.request<unknown>('GET', PROFILE_PATH, {
    query: { _resource: 'Coworker' },
    signal,
  });
  const coworker = isObject(data) && isObject(data.Coworker) ? data.Coworker : undefined;
  if (!coworker) throw new Error('Nexudus sent a profile without the customer record (Coworker).');
  return coworker;
}

/**
 * PATCH with only the changed fields. The answer is an ActionConfirmation; `WasSuccessful: false` can come with
 * HTTP 200, so it is turned into a NexudusRefusal here (HTTP 400 arrives as an ApiError with the same body).
 */
export async function patchNexudusProfile(
  http: HttpClient,
  changes: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<void> {
  const { data } = await http.request<ActionConfirmation | undefined>('PATCH', PATCH_PATH, {
    body: changes,
    signal,
  });
  if (isObject(data) && data.WasSuccessful === false) throw new NexudusRefusal(data);
}

export async function getNexudusCountries(http: HttpClient, signal?: AbortSignal): Promise<NexudusCountry[]> {
  const { data } = await http.request<unknown>('GET', COUNTRIES_PATH, { signal });
  const list = isObject(data) && Array.isArray(data.Countries) ? data.Countries : undefined;
  if (!list) throw new Error('Nexudus sent a country list in an unexpected shape.');
  return list.filter(
    (c): c is NexudusCountry =>
      isObject(c) &&
      typeof c.Id === 'number' &&
      typeof c.Name === 'string' &&
      typeof c.TwoDigitsCode === 'string',
  );
}
