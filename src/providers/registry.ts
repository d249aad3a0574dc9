// What a registry entry holds: production facts only (name, route parameters, how to load the code and the
// sandbox). Sandbox-only data (example profiles, scenarios) lives in each provider's sandbox module.
import { messagesReady } from '../i18n';
import type { ProfileProvider, ProviderSandbox } from './types';

export interface ProviderEntry<Id extends string = string> {
  id: Id;
  label: string;
  description: string;
  /** Route parameter names after /<id>/, e.g. ['userId'] for /camunda/:userId. */
  params: readonly string[];
  /** What the user types into the route when there is no parameter, e.g. 'user id'. */
  paramHint?: string;
  /** An optional last route parameter naming one of the provider's pages (its `pages`); absent: the landing. */
  pageParam?: string;
  load: () => Promise<ProfileProvider>;
  loadSandbox: () => Promise<ProviderSandbox>;
  /** The provider's code once `load` has resolved (else undefined): the page renders it without waiting a turn. */
  loaded?: () => ProfileProvider | undefined;
}

/**
 * Keeps the entry's id as a literal type, so the registry's ids make up `ProviderId`. The provider's code is ready
 * once its messages in the language shown are (they load with it).
 */
export function defineProvider<const Id extends string>(entry: ProviderEntry<Id>): ProviderEntry<Id> {
  let ready: ProfileProvider | undefined;
  // One load at a time, shared by whoever asks (the boot and the page); a failed one is forgotten, so asking again
  // tries again.
  let loading: Promise<ProfileProvider> | undefined;
  const load = async () => {
    const provider = await entry.load();
    await messagesReady();
    ready = provider;
    return provider;
  };
  return {
    ...entry,
    load: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      })),
    loaded: () => ready,
  };
}

/** The registry's lookups over its list of entries (one list: adding an entry is all it takes). */
export function registryOf<const Entries extends readonly ProviderEntry[]>(entries: Entries) {
  type Id = Entries[number]['id'];
  const findProvider = (id: string | undefined): ProviderEntry<Id> | undefined =>
    entries.find((entry) => entry.id === id);
  return {
    providerRegistry: entries,
    findProvider,
    isProviderId: (id: string | undefined): id is Id => findProvider(id) !== undefined,
  };
}
