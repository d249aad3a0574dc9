// The sandbox control surface (sandbox mode only): `window.profileEditorSandbox` lets a test reset and seed the
// sandbox, switch scenarios, inject faults and read what the editor sent, and applies a setup a test queued before
// the page loaded. Loaded by the sandbox's start-up, which never runs in live mode.
import * as v from 'valibot';
import { findProvider, providerRegistry } from '../providers';
import {
  CONTROL_GLOBAL,
  CONTROL_VERSION,
  SETUP_GLOBAL,
  type FaultRule,
  type SandboxControl,
  type ScenarioState,
  type SetupStep,
} from './control-protocol';
import {
  clearFaults,
  clearRequests,
  injectFault,
  pendingFaults,
  sentRequests,
  startRecording,
} from './control-faults';
import { getScenarios, setScenarios } from './scenarios';

const APPLIED_KEY = 'profile-editor.sandbox.setup-applied';

const status = v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599));
const faultSchema = v.strictObject({
  provider: v.optional(v.string()),
  requests: v.optional(v.picklist(['all', 'reads', 'writes'])),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  latencyMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60_000))),
  failure: v.optional(v.union([status, v.literal('network')])),
});
const scenarioChange = v.strictObject({
  latencyMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60_000))),
  failures: v.optional(v.record(v.string(), v.union([status, v.literal('network')]))),
  named: v.optional(v.array(v.string())),
});
const stringRecord = v.record(v.string(), v.string());
const stepSchema = v.variant('op', [
  v.strictObject({ op: v.literal('reset') }),
  v.strictObject({
    op: v.literal('seed'),
    provider: v.string(),
    params: stringRecord,
    record: v.record(v.string(), v.unknown()),
  }),
  v.strictObject({ op: v.literal('scenarios'), change: scenarioChange }),
  v.strictObject({ op: v.literal('scenario'), provider: v.string(), name: v.string(), on: v.boolean() }),
  v.strictObject({ op: v.literal('inject'), rule: faultSchema }),
]);
const setupSchema = v.strictObject({ id: v.string(), steps: v.array(stepSchema) });

function parse<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new Error(
    `Sandbox control: ${what} is not valid — ${v.summarize(result.issues).replaceAll('\n', '; ')}`,
  );
}

async function sandboxOf(provider: string) {
  const entry = findProvider(provider);
  if (!entry) {
    const known = providerRegistry.map((candidate) => candidate.id).join(', ');
    throw new Error(`Sandbox control: there is no provider "${provider}" (known: ${known}).`);
  }
  return entry.loadSandbox();
}

export function createSandboxControl(): SandboxControl {
  const control: SandboxControl = {
    version: CONTROL_VERSION,
    providers: () =>
      Promise.all(
        providerRegistry.map(async (entry) => {
          const sandbox = await entry.loadSandbox();
          return { id: entry.id, scenarios: sandbox.scenarios, examples: sandbox.examples };
        }),
      ),
    async reset() {
      const sandboxes = await Promise.all(providerRegistry.map((entry) => entry.loadSandbox()));
      sandboxes.forEach((sandbox) => sandbox.reset());
      setScenarios({ latencyMs: 0, failures: {}, named: [] });
      clearFaults();
      clearRequests();
    },
    async seed(provider, params, record) {
      (await sandboxOf(provider)).seed(
        parse(stringRecord, params, 'the seed params'),
        parse(v.record(v.string(), v.unknown()), record, 'the seed record'),
      );
    },
    scenarios: getScenarios,
    setScenarios(change) {
      const next: ScenarioState = {
        ...getScenarios(),
        ...parse(scenarioChange, change, 'the scenario change'),
      };
      setScenarios(next);
      return next;
    },
    async setScenario(provider, name, on) {
      const known = (await sandboxOf(provider)).scenarios.map((scenario) => scenario.name);
      if (!known.includes(name)) {
        throw new Error(
          `Sandbox control: ${provider} has no scenario "${name}" (it has: ${known.join(', ') || 'none'}).`,
        );
      }
      const key = `${provider}:${name}`;
      const named = getScenarios().named.filter((entry) => entry !== key);
      return control.setScenarios({ named: on ? [...named, key] : named });
    },
    inject(rule: FaultRule) {
      injectFault(parse(faultSchema, rule, 'the fault'));
    },
    pendingFaults,
    requests: sentRequests,
    clearRequests,
  };
  return control;
}

async function applyStep(control: SandboxControl, step: SetupStep) {
  switch (step.op) {
    case 'reset':
      return control.reset();
    case 'seed':
      return control.seed(step.provider, step.params, step.record);
    case 'scenarios':
      return void control.setScenarios(step.change);
    case 'scenario':
      return void (await control.setScenario(step.provider, step.name, step.on));
    case 'inject':
      return control.inject(step.rule);
  }
}

/**
 * Defines `window.profileEditorSandbox`, starts the request log, and applies a setup queued by a test (once per
 * tab: a reload keeps what happened since). A setup that fails is reported in the console and on
 * `<html data-sandbox-setup-error>`, so a test waiting for the editor sees why.
 */
export async function installSandboxControl(): Promise<SandboxControl> {
  const control = createSandboxControl();
  startRecording();
  Object.defineProperty(window, CONTROL_GLOBAL, { value: control, configurable: true });
  const queued: unknown = (window as unknown as Record<string, unknown>)[SETUP_GLOBAL];
  if (queued === undefined) return control;
  try {
    const setup = parse(setupSchema, queued, 'the queued setup');
    if (sessionStorage.getItem(APPLIED_KEY) === setup.id) return control;
    for (const step of setup.steps) await applyStep(control, step);
    sessionStorage.setItem(APPLIED_KEY, setup.id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    document.documentElement.dataset.sandboxSetupError = reason;
    console.error(reason);
  }
  return control;
}
