// The provider registry: one entry per provider (its code and its sandbox load on demand). `ProviderId` is derived
// from this list, so adding a provider is one folder under src/providers/ and one entry here.
import { en } from './messages/en';
import { defineProvider, registryOf, type ProviderEntry as Entry } from './registry';

const entries = [
  defineProvider({
    id: 'camunda',
    label: 'Camunda 7',
    description: en.registry.camunda,
    params: ['userId'],
    paramHint: 'user id',
    load: async () => (await import('./camunda/provider')).camundaProvider,
    loadSandbox: async () => (await import('./camunda/sandbox')).camundaSandbox,
  }),
  defineProvider({
    id: 'wise',
    label: 'Wise',
    description: en.registry.wise,
    params: ['profileId'],
    paramHint: 'profile id',
    load: async () => (await import('./wise/provider')).wiseProvider,
    loadSandbox: async () => (await import('./wise/sandbox')).wiseSandbox,
  }),
  defineProvider({
    id: 'navixy',
    label: 'Navixy',
    description: en.registry.navixy,
    params: [],
    load: async () => (await import('./navixy/provider')).navixyProvider,
    loadSandbox: async () => (await import('./navixy/sandbox')).navixySandbox,
  }),
  defineProvider({
    id: 'nexudus',
    label: 'Nexudus',
    description: en.registry.nexudus,
    params: [],
    load: async () => (await import('./nexudus/provider')).nexudusProvider,
    loadSandbox: async () => (await import('./nexudus/sandbox')).nexudusSandbox,
  }),
  defineProvider({
    id: 'uphold',
    label: 'Uphold',
    description: en.registry.uphold,
    params: [],
    pageParam: 'process',
    load: async () => (await import('./uphold/provider')).upholdProvider,
    loadSandbox: async () => (await import('./uphold/sandbox')).upholdSandbox,
  }),
] as const;

export const { providerRegistry, findProvider, isProviderId } = registryOf(entries);

/** The id of a provider in the registry ('camunda', 'wise', …). */
export type ProviderId = (typeof entries)[number]['id'];

/** A registry entry of any provider. */
export type ProviderEntry = Entry<ProviderId>;

export { entryDescription, entryParamWords } from './registry-words';
