// QA scenarios for the sandbox, chosen by URL parameters (kept for the tab's session) or the sandbox panel:
//   ?latency=1500                 every sandbox answer waits 1.5 s
//   ?fail=camunda:500             saves to that provider answer HTTP 500 (or `network` for a dropped connection)
//   ?scenario=camunda:read-only   a provider's named scenario (see each provider's sandbox)
//   ?slow=camunda:4000            writes to that provider are applied at once but answered 4 s later
//   ?timeout=1500                 the editor stops waiting for a save after 1.5 s (sandbox mode only)
import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { findProvider } from '../providers';
import { applyControl } from './control-faults';
import type { SandboxScenario } from '../providers/types';

export interface ActiveScenarios {
  latencyMs: number;
  /** provider id → forced status for saves, or 'network'. */
  failures: Record<string, number | 'network'>;
  /** Named scenarios as `<provider>:<name>`. */
  named: string[];
  /** provider id → ms: its writes that carry data land at once and are answered that much later. */
  slowWrites?: Record<string, number>;
  /** How long the editor waits for a save (a short one shows a timed-out save without waiting 20 s). */
  saveTimeoutMs?: number | undefined;
}

const SESSION_KEY = 'profile-editor.sandbox.scenarios';
const empty = (): ActiveScenarios => ({ latencyMs: 0, failures: {}, named: [] });
let active: ActiveScenarios = empty();

export function parseScenarios(search: string): ActiveScenarios | undefined {
  const params = new URLSearchParams(search);
  if (!['latency', 'fail', 'scenario', 'slow', 'timeout'].some((name) => params.has(name))) return undefined;
  const result = empty();
  const latency = Number(params.get('latency'));
  if (Number.isFinite(latency) && latency > 0) result.latencyMs = Math.min(latency, 60_000);
  for (const entry of (params.get('fail') ?? '').split(',').filter(Boolean)) {
    const [provider, status] = entry.split(':');
    if (!provider || !status) continue;
    if (status === 'network') result.failures[provider] = 'network';
    else if (/^[45]\d\d$/.test(status)) result.failures[provider] = Number(status);
  }
  result.named = (params.get('scenario') ?? '').split(',').filter((s) => s.includes(':'));
  for (const entry of (params.get('slow') ?? '').split(',').filter(Boolean)) {
    const [provider, ms] = entry.split(':');
    const wait = Number(ms);
    if (provider && Number.isFinite(wait) && wait > 0) {
      result.slowWrites = { ...result.slowWrites, [provider]: Math.min(wait, 60_000) };
    }
  }
  const timeout = Number(params.get('timeout'));
  if (Number.isFinite(timeout) && timeout > 0) result.saveTimeoutMs = Math.min(timeout, 60_000);
  return result;
}

/** Reads the scenarios from the URL (or, failing that, from this tab's session) once at sandbox start. */
export function initScenarios(search: string): ActiveScenarios {
  const fromUrl = parseScenarios(search);
  if (fromUrl) {
    setScenarios(fromUrl);
  } else if (typeof sessionStorage !== 'undefined') {
    const saved = sessionStorage.getItem(SESSION_KEY);
    active = saved ? { ...empty(), ...(JSON.parse(saved) as Partial<ActiveScenarios>) } : empty();
  }
  notify();
  return active;
}

export function setScenarios(next: ActiveScenarios): void {
  active = next;
  notify();
  if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
}

export const getScenarios = (): ActiveScenarios => active;

// Who follows the scenarios outside the sandbox (the boot hands the save timeout to the editor this way, so the
// sandbox never imports the editor).
const listeners = new Set<(scenarios: ActiveScenarios) => void>();
function notify() {
  listeners.forEach((listener) => listener(active));
}

/** Calls `listener` now and whenever the scenarios change; returns the unsubscribe. */
export function followScenarios(listener: (scenarios: ActiveScenarios) => void): () => void {
  listeners.add(listener);
  listener(active);
  return () => listeners.delete(listener);
}

export const isScenarioActive = (provider: string, name: string): boolean =>
  active.named.includes(`${provider}:${name}`);

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A handler placed before a provider's own: applies latency and forced failures, then falls through. */
export function scenarioHandler(provider: string, baseUrl: string): RequestHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    // The control surface's log and injected faults (e2e/kit), when a test installed it.
    const injected = await applyControl(provider, request);
    if (injected) return injected;
    if (active.latencyMs > 0) await delay(active.latencyMs);
    const slow = active.slowWrites?.[provider];
    // Only writes that carry data (a JSON body): Wise's update-window calls stay quick.
    const carriesData = request.headers.get('content-type')?.includes('json') === true;
    if (slow && carriesData && !READS.has(request.method) && !active.failures[provider]) {
      return slowAnswer(provider, baseUrl, request, slow);
    }
    const failure = active.failures[provider];
    if (failure === undefined || READS.has(request.method)) return undefined;
    if (failure === 'network') return HttpResponse.error();
    return HttpResponse.json(
      { type: 'SandboxForcedError', message: `Sandbox scenario: forced HTTP ${failure}.` },
      { status: failure },
    );
  });
}

/** The provider's own answer to a write (so the write lands now), delivered `ms` later. */
async function slowAnswer(provider: string, baseUrl: string, request: Request, ms: number) {
  const sandbox = await findProvider(provider)?.loadSandbox();
  const response = sandbox ? await getResponse(sandbox.handlers(baseUrl), request) : undefined;
  await delay(ms);
  return response ?? HttpResponse.json({ message: 'Sandbox: no handler for this write.' }, { status: 404 });
}

/** A provider's named scenario whose description is read in the locale shown (from the provider's messages). */
export const defineScenario = (
  name: string,
  applies: 'now' | 'reload',
  describe: () => string,
): SandboxScenario => ({
  name,
  applies,
  get description() {
    return describe();
  },
});
