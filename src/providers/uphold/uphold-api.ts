// Uphold Core API calls used by the editor: the KYC overview (cheap), one process in detail (expensive, only for
// the process being opened), a process PATCH, and the country list. Every answer is parsed at this edge.
import type { HttpClient } from '../../api/http';
import { processInfo, toSegment } from './uphold-processes';
import { parseCountries, parseDetailed, parseOverview, parsePatchAnswer } from './uphold-schemas';
import type { KycOverview, KycProcess } from './uphold-types';

/** Uphold answers in the language asked for (country names, hint titles). */
const language = (locale: string) => ({ 'Accept-Language': locale });

export class MissingProcessError extends Error {
  constructor(key: string, where: string) {
    super(`Uphold sent no ${processInfo(key).title.toLowerCase()} process in ${where}.`);
    this.name = 'MissingProcessError';
  }
}

/** Told after every accepted PATCH, so views of the KYC overview read it again (statuses move). */
const changeListeners = new Set<() => void>();
export const kycChanges = {
  subscribe(listener: () => void) {
    changeListeners.add(listener);
    return () => void changeListeners.delete(listener);
  },
};
const announceChange = () => changeListeners.forEach((listener) => listener());

/** `GET /core/kyc`: the summary and every process's status and verification, without inputs or hints. */
export async function getKycOverview(
  http: HttpClient,
  locale: string,
  signal?: AbortSignal,
): Promise<KycOverview> {
  const { data } = await http.request('GET', 'core/kyc', { headers: language(locale), signal });
  return parseOverview(data);
}

/** `GET /core/kyc?detailed=<key>` → that process with its input and hint (use sparingly: it is the costly call). */
export async function getProcess(
  http: HttpClient,
  key: string,
  locale: string,
  signal?: AbortSignal,
): Promise<KycProcess> {
  const { data } = await http.request('GET', 'core/kyc', {
    query: { detailed: key },
    headers: language(locale),
    signal,
  });
  const process = parseDetailed(data, key);
  if (!process) throw new MissingProcessError(key, 'the KYC overview');
  return process;
}

/** `PATCH /core/kyc/processes/<kebab-case>` with `{ input }`; the answer wraps the process in its camelCase key. */
export async function patchProcess(
  http: HttpClient,
  key: string,
  input: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
): Promise<KycProcess> {
  const { data } = await http.request('PATCH', `core/kyc/processes/${toSegment(key)}`, {
    body: { input },
    headers: language(locale),
    signal,
  });
  const process = parsePatchAnswer(data, key);
  if (!process) throw new MissingProcessError(key, 'its answer');
  announceChange();
  return process;
}

/** `GET /core/kyc?detailed=profile` → the profile process. */
export const getProfileProcess = (http: HttpClient, locale: string, signal?: AbortSignal) =>
  getProcess(http, 'profile', locale, signal);

/** `PATCH /core/kyc/processes/profile`. */
export const patchProfile = (
  http: HttpClient,
  input: Record<string, unknown>,
  locale: string,
  signal?: AbortSignal,
) => patchProcess(http, 'profile', input, locale, signal);

/** `GET /core/countries`: every country with its restrictions per scope and its subdivisions. */
export async function getCountries(http: HttpClient, locale: string, signal?: AbortSignal) {
  const { data } = await http.request('GET', 'core/countries', { headers: language(locale), signal });
  return parseCountries(data);
}
