// What an address under /<provider>/ asks for, read once: the provider's editor for a profile (its route parameters
// and page), the question for ids it lacks, or a page that does not exist. The page (ProviderPage) and the boot
// (start-route.ts, which starts the profile's read before the first render) read an address the same way.
import { entryParamWords, findProvider, type ProviderEntry } from '../providers';
import { decodeSegment, idProblem } from './route-ids';

export type ProviderRoute =
  | { kind: 'unknown-provider'; providerId: string }
  | { kind: 'not-found'; entry: ProviderEntry; message: string }
  /** Fewer ids than the provider needs: the page asks for the rest. */
  | { kind: 'ask'; entry: ProviderEntry; known: string[] }
  | {
      kind: 'editor';
      entry: ProviderEntry;
      /** The route parameters by name, the page (when the provider has pages) included. */
      params: Record<string, string>;
      /** The ids in the address, in order (not the page). */
      ids: string[];
      page: string | undefined;
      /** The address after /<provider>/ as the browser holds it (still percent-encoded). */
      rest: string;
    };

/** `pathname`: the address as the browser holds it (still percent-encoded); each id is decoded exactly once, here. */
export function providerRouteOf(pathname: string): ProviderRoute {
  const [, providerId = '', ...rawSegments] = pathname.split('/');
  const entry = findProvider(providerId);
  if (!entry) return { kind: 'unknown-provider', providerId: decodeSegment(providerId) ?? providerId };
  const raw = rawSegments.filter(Boolean);
  const rest = raw.join('/');
  const segments = raw.map(decodeSegment);
  if (segments.some((segment) => segment === undefined)) {
    return {
      kind: 'not-found',
      entry,
      message: `"/${entry.id}/${rest}" is not a valid address (a malformed % escape).`,
    };
  }
  // A provider with pages takes one more, optional, segment: the page (absent: its landing page).
  if (segments.length > entry.params.length + (entry.pageParam ? 1 : 0)) {
    return { kind: 'not-found', entry, message: `${entry.label} has no page at "/${entry.id}/${rest}".` };
  }
  const values = segments.filter((segment): segment is string => segment !== undefined);
  if (values.length < entry.params.length) return { kind: 'ask', entry, known: values };
  const problem = values
    .map((value, index) => idProblem(value, entryParamWords(entry, index)))
    .find((message) => message !== undefined);
  if (problem) return { kind: 'not-found', entry, message: problem };
  const params = Object.fromEntries(entry.params.map((name, index) => [name, values[index] ?? '']));
  const page = entry.pageParam ? values[entry.params.length] : undefined;
  if (entry.pageParam && page !== undefined) params[entry.pageParam] = page;
  return { kind: 'editor', entry, params, ids: values.slice(0, entry.params.length), page, rest };
}
