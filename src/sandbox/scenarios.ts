// QA scenarios for the sandbox, chosen by URL parameters (kept for the tab's session) or the sandbox panel:
//   ?latency=1500                 every sandbox answer waits 1.5 s
//   ?fail=camunda:500             saves to that provider answer HTTP 500 (or `network` for a dropped connection)
//   ?scenario=camunda:read-only   a provider's named scenario (see each provider's sandbox)
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { applyControl } from './control-faults';

export interface ActiveScenarios {
  latencyMs: number;
  /** provider id → forced status for saves, or 'network'. */
  failures: Record<string, number | 'network'>;
  /** Named scenarios as `<provider>:<name>`. */
  named: string[];
}

const SESSION_KEY = 'profile-editor.sandbox.scenarios';
const empty = (): ActiveScenarios => ({ latencyMs: 0, failures: {}, named: [] });
let active: ActiveScenarios = empty();

export function parseScenarios(search: string): ActiveScenarios | undefined {
  const params = new URLSearchParams(search);
  if (!params.has('latency') && !params.has('fail') && !params.has('scenario')) return undefined;
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
  return active;
}

export function setScenarios(next: ActiveScenarios): void {
  active = next;
  if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
}

export const getScenarios = (): ActiveScenarios => active;

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
    const failure = active.failures[provider];
    if (failure === undefined || READS.has(request.method)) return undefined;
    if (failure === 'network') return HttpResponse.error();
    return HttpResponse.json(
      { type: 'SandboxForcedError', message: `Sandbox scenario: forced HTTP ${failure}.` },
      { status: failure },
    );
  });
}
