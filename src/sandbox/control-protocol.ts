// The sandbox control surface's contract, shared with the QA kit (e2e/kit): what a test can ask of the sandbox
// through `window.profileEditorSandbox` (sandbox mode only), and the setup a test can queue before the page loads.
// Types and names only: this module has no code and no imports, so the kit can use it outside the app.

/** The global the sandbox defines in sandbox mode; never defined in live mode. */
export const CONTROL_GLOBAL = 'profileEditorSandbox';
/** The global a test may define before the app starts (an init script) to set the sandbox up first. */
export const SETUP_GLOBAL = 'profileEditorSandboxSetup';
export const CONTROL_VERSION = 1;

/** Which requests a fault applies to: reads are GET, HEAD and OPTIONS; writes are everything else. */
export type RequestKind = 'all' | 'reads' | 'writes';

/** A fault for the next `count` matching requests: a delay, a failure, or both (the delay first). */
export interface FaultRule {
  /** A provider id; every provider when left out. */
  provider?: string;
  requests?: RequestKind;
  count: number;
  latencyMs?: number;
  /** An HTTP status (400–599) answered with a generic body, or 'network' for a dropped connection. */
  failure?: number | 'network';
}

/** One request the editor sent to a provider (as the sandbox received it), secrets redacted. */
export interface SentRequest {
  provider: string;
  method: string;
  url: string;
  /** The JSON body (secret fields replaced by "[redacted]"), the text when it is not JSON, null when none. */
  body: unknown;
}

export interface ScenarioState {
  latencyMs: number;
  /** provider id → forced status for every save, or 'network'. */
  failures: Record<string, number | 'network'>;
  /** Named scenarios as `<provider>:<name>`. */
  named: string[];
}

export interface SandboxProviderInfo {
  id: string;
  scenarios: Array<{ name: string; description: string }>;
  examples: Array<{ params: Record<string, string>; description: string }>;
}

/** One step of a setup queued before the page loads (applied once per tab, in order, before the app starts). */
export type SetupStep =
  | { op: 'reset' }
  | { op: 'seed'; provider: string; params: Record<string, string>; record: Record<string, unknown> }
  | { op: 'scenarios'; change: Partial<ScenarioState> }
  | { op: 'scenario'; provider: string; name: string; on: boolean }
  | { op: 'inject'; rule: FaultRule };

export interface SandboxSetup {
  /** Identifies the setup: it is applied once per tab, so a reload keeps what the test did since. */
  id: string;
  steps: SetupStep[];
}

export interface SandboxControl {
  readonly version: typeof CONTROL_VERSION;
  /** Every provider's scenarios and example profiles. */
  providers(): Promise<SandboxProviderInfo[]>;
  /** Back to the seeded state: providers' data, scenarios, pending faults and the request log. */
  reset(): Promise<void>;
  /** Merges `record` (in the provider API's shape) into the profile `params` names; throws when it does not fit. */
  seed(provider: string, params: Record<string, string>, record: Record<string, unknown>): Promise<void>;
  scenarios(): ScenarioState;
  /** Changes the latency, forced failures or named scenarios (what is left out stays). */
  setScenarios(change: Partial<ScenarioState>): ScenarioState;
  /** Switches one named scenario on or off; throws for a name the provider does not have. */
  setScenario(provider: string, name: string, on: boolean): Promise<ScenarioState>;
  inject(rule: FaultRule): void;
  /** The faults still waiting for requests. */
  pendingFaults(): FaultRule[];
  /** What the editor sent to the providers since the last reset or clear (kept across reloads of the tab). */
  requests(): Promise<SentRequest[]>;
  clearRequests(): void;
}
