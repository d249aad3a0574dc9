// The sandbox from a test: reset, seed a profile, switch scenarios, inject latency or failures for the next requests,
// and read what the editor sent — through the control surface the sandbox defines in the editor's page (sandbox mode
// only). Before the editor is open, the same calls are queued and applied when it starts, before its first request.
import type { Frame, Page } from '@playwright/test';
import {
  CONTROL_GLOBAL,
  SETUP_GLOBAL,
  type RequestKind,
  type SandboxControl,
  type SandboxProviderInfo,
  type ScenarioState,
  type SentRequest,
  type SetupStep,
} from '../../src/sandbox/control-protocol';
import { KitError } from './editor';

export type { RequestKind, SandboxProviderInfo, ScenarioState, SentRequest };

export interface FaultOptions {
  /** How many of the next matching requests (default 1). */
  count?: number;
  /** Which requests (default: writes for a failure, all for a delay). */
  requests?: RequestKind;
  /** Only this provider's requests (default: any provider). */
  provider?: string;
}

export interface RequestFilter {
  provider?: string;
  method?: string;
  /** The end of the URL's path ('/user/demo/profile'), or a pattern tested on the whole URL. */
  path?: string | RegExp;
}

type Method = {
  [K in keyof SandboxControl]: SandboxControl[K] extends (...args: never[]) => unknown ? K : never;
}[keyof SandboxControl];

export class Sandbox {
  private readonly steps: SetupStep[] = [];

  constructor(
    private readonly page: Page,
    /** The editor's frame once its page is loaded (the page itself, or the portal's iframe). */
    private readonly editorFrame: () => Frame | undefined,
    private readonly setupId: string,
  ) {}

  /** Back to the seeded state: every provider's data, scenarios, pending faults and the request log. */
  async reset(): Promise<void> {
    await this.run({ op: 'reset' });
  }

  /**
   * Sets up a profile: merges `record` (in the provider API's own shape, as its read returns it) into the profile
   * `params` names, e.g. seed('camunda', { userId: 'demo' }, { firstName: 'Ann' }). A record that does not fit the
   * provider is refused with the field named.
   */
  async seed(
    provider: string,
    params: Record<string, string>,
    record: Record<string, unknown>,
  ): Promise<void> {
    await this.run({ op: 'seed', provider, params, record });
  }

  /** Switches a provider's named scenario on (or off), e.g. scenario('camunda', 'read-only'). */
  async scenario(provider: string, name: string, on = true): Promise<void> {
    await this.run({ op: 'scenario', provider, name, on });
  }

  /** Every sandbox answer waits this long (0 to stop). */
  async latency(ms: number): Promise<void> {
    await this.run({ op: 'scenarios', change: { latencyMs: ms } });
  }

  /** The next request(s) fail with this HTTP status, or with a dropped connection ('network'). */
  async failNext(failure: number | 'network', options: FaultOptions = {}): Promise<void> {
    const rule = { count: 1, requests: 'writes' as const, ...options, failure };
    await this.run({ op: 'inject', rule });
  }

  /** The next request(s) wait `ms` before they are answered. */
  async delayNext(ms: number, options: FaultOptions = {}): Promise<void> {
    const rule = { count: 1, requests: 'all' as const, ...options, latencyMs: ms };
    await this.run({ op: 'inject', rule });
  }

  /** What the editor sent to the providers (secrets redacted), oldest first; kept across reloads of the tab. */
  async requests(filter: RequestFilter = {}): Promise<SentRequest[]> {
    const all = await this.call('requests');
    return all.filter(
      (request) =>
        (!filter.provider || request.provider === filter.provider) &&
        (!filter.method || request.method === filter.method.toUpperCase()) &&
        (filter.path === undefined ||
          (typeof filter.path === 'string'
            ? new URL(request.url).pathname.endsWith(filter.path)
            : filter.path.test(request.url))),
    );
  }

  /** The bodies the editor sent that match the filter, oldest first. */
  async sentBodies(filter: RequestFilter = {}): Promise<unknown[]> {
    return (await this.requests(filter)).map((request) => request.body);
  }

  async clearRequests(): Promise<void> {
    await this.call('clearRequests');
  }

  /** Every provider's scenarios and example profiles. */
  providers(): Promise<SandboxProviderInfo[]> {
    return this.call('providers');
  }

  scenarios(): Promise<ScenarioState> {
    return this.call('scenarios');
  }

  /** Runs the step now when the editor is open, else queues it for the editor's start. */
  private async run(step: SetupStep): Promise<void> {
    if (await this.live()) {
      await this.apply(step);
      return;
    }
    this.steps.push(step);
    await this.page.addInitScript(
      ({ name, setup }) => Object.defineProperty(window, name, { value: setup, configurable: true }),
      { name: SETUP_GLOBAL, setup: { id: this.setupId, steps: [...this.steps] } },
    );
  }

  private apply(step: SetupStep): Promise<unknown> {
    switch (step.op) {
      case 'reset':
        return this.call('reset');
      case 'seed':
        return this.call('seed', step.provider, step.params, step.record);
      case 'scenarios':
        return this.call('setScenarios', step.change);
      case 'scenario':
        return this.call('setScenario', step.provider, step.name, step.on);
      case 'inject':
        return this.call('inject', step.rule);
    }
  }

  private async live(): Promise<Frame | undefined> {
    const frame = this.editorFrame();
    if (!frame) return undefined;
    const defined = await frame.evaluate((name) => name in window, CONTROL_GLOBAL).catch(() => false);
    return defined ? frame : undefined;
  }

  private async call<M extends Method>(
    method: M,
    ...args: Parameters<SandboxControl[M]>
  ): Promise<Awaited<ReturnType<SandboxControl[M]>>> {
    const frame = await this.live();
    if (!frame) {
      throw new KitError(
        `The sandbox is not reachable: open the editor first (sandbox.${method} needs the editor's page in sandbox mode).`,
      );
    }
    return frame.evaluate(
      async ({ name, method: called, args: given }) => {
        const control = Reflect.get(window, name) as Record<string, (...values: unknown[]) => unknown>;
        return (await control[called]?.(...given)) as never;
      },
      { name: CONTROL_GLOBAL, method, args },
    );
  }
}
