// The provider registry: one entry per provider; its code and its sandbox load on demand.
import type { ProfileProvider, ProviderId, ProviderSandbox } from './types';

export interface ProviderEntry {
  id: ProviderId;
  label: string;
  description: string;
  /** Route parameter names after /<id>/, e.g. ['userId'] for /camunda/:userId. */
  params: string[];
  /** A sandbox link for the provider list (e.g. '/camunda/demo'). */
  sandboxPath: string;
  /** What the user types into the route when there is no parameter (shown on the list). */
  paramHint?: string;
  /** An optional last route parameter naming one of the provider's pages (its `pages`); absent: the landing. */
  pageParam?: string;
  load: () => Promise<ProfileProvider>;
  loadSandbox: () => Promise<ProviderSandbox>;
}

export const providerRegistry: readonly ProviderEntry[] = [
  {
    id: 'camunda',
    label: 'Camunda 7',
    description: 'Camunda Platform 7 identity service: first name, last name and e-mail of an engine user.',
    params: ['userId'],
    sandboxPath: '/camunda/demo',
    paramHint: 'user id',
    load: async () => (await import('./camunda/provider')).camundaProvider,
    loadSandbox: async () => (await import('./camunda/sandbox')).camundaSandbox,
  },
  {
    id: 'wise',
    label: 'Wise',
    description:
      'Wise personal profile: name, address, nationality, date of birth, contact details and occupations.',
    params: ['profileId'],
    sandboxPath: '/wise/14575282',
    paramHint: 'profile id',
    load: async () => (await import('./wise/provider')).wiseProvider,
    loadSandbox: async () => (await import('./wise/sandbox')).wiseSandbox,
  },
  {
    id: 'navixy',
    label: 'Navixy',
    description:
      'Navixy personal info: legal type, contact person, phone, postal and registered address, tax details.',
    params: [],
    sandboxPath: '/navixy',
    load: async () => (await import('./navixy/provider')).navixyProvider,
    loadSandbox: async () => (await import('./navixy/sandbox')).navixySandbox,
  },
  {
    id: 'nexudus',
    label: 'Nexudus',
    description:
      'Nexudus coworking customer profile: personal and billing details, professional profile, social media, notifications and password.',
    params: [],
    sandboxPath: '/nexudus',
    load: async () => (await import('./nexudus/provider')).nexudusProvider,
    loadSandbox: async () => (await import('./nexudus/sandbox')).nexudusSandbox,
  },
  {
    id: 'uphold',
    label: 'Uphold',
    description:
      'Uphold KYC: every step Uphold asks of you in one place — profile, due diligence, crypto risk assessment, investor type and tax details — answered section by section.',
    params: [],
    pageParam: 'process',
    sandboxPath: '/uphold',
    load: async () => (await import('./uphold/provider')).upholdProvider,
    loadSandbox: async () => (await import('./uphold/sandbox')).upholdSandbox,
  },
];

export function findProvider(id: string | undefined): ProviderEntry | undefined {
  return providerRegistry.find((entry) => entry.id === id);
}
