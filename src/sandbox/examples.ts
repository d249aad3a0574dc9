// The sandbox's example profiles as routes: /camunda/demo, /wise/14575282, /navixy. Sandbox mode only.
import type { ProviderEntry } from '../providers';
import type { SandboxExample } from '../providers/types';

export interface ExampleLink {
  path: string;
  params: Record<string, string>;
  description: string;
}

export function examplePath(entry: Pick<ProviderEntry, 'id' | 'params'>, example: SandboxExample): string {
  const values = entry.params.map((name) => encodeURIComponent(example.params[name] ?? ''));
  return `/${[entry.id, ...values].join('/')}`;
}

/** Every example profile of a provider's sandbox (loads that provider's sandbox module only). */
export async function exampleLinks(entry: ProviderEntry): Promise<ExampleLink[]> {
  const sandbox = await entry.loadSandbox();
  return sandbox.examples.map((example) => ({
    path: examplePath(entry, example),
    params: example.params,
    description: example.description,
  }));
}
