// Nexudus portal API calls: the profile for editing, the PATCH of changed fields, and the country list.
import type * as v from 'valibot';
import type { HttpClient } from '../../api/http';
import { parseResponse } from '../../api/parse-response';
import { NexudusRefusal } from './nexudus-errors';
import { ActionConfirmationSchema, NexudusCountriesSchema, NexudusProfileSchema } from './nexudus-schemas';

/** The customer record: the fields the form edits (typed by the parse), the rest as Nexudus sent it. */
export type NexudusCoworker = Record<string, unknown> & { Id?: number; Email?: string | null };

export type NexudusCountry = v.InferOutput<typeof NexudusCountriesSchema>['Countries'][number];

export const PROFILE_PATH = 'en/profile';
export const PATCH_PATH = 'api/public/coworker/profile';
export const COUNTRIES_PATH = 'api/public/countries';

/** GET /en/profile?_resource=Coworker: "the full customer profile for editing", wrapped as `{ Coworker }`. */
export async function getNexudusProfile(http: HttpClient, signal?: AbortSignal): Promise<NexudusCoworker> {
  const response = await http.request('GET', PROFILE_PATH, { query: { _resource: 'Coworker' }, signal });
  return parseResponse(NexudusProfileSchema, response, 'Nexudus sent a profile').Coworker;
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
  const response = await http.request('PATCH', PATCH_PATH, { body: changes, signal });
  const confirmation = parseResponse(ActionConfirmationSchema, response, 'Nexudus answered the change');
  if (confirmation?.WasSuccessful === false) throw new NexudusRefusal(confirmation);
}

export async function getNexudusCountries(http: HttpClient, signal?: AbortSignal): Promise<NexudusCountry[]> {
  const response = await http.request('GET', COUNTRIES_PATH, { signal });
  return parseResponse(NexudusCountriesSchema, response, 'Nexudus sent a country list').Countries;
}
