// What the sandbox control surface does to requests: logs each one the editor sends (secrets redacted), then applies
// the next injected fault that matches it. Recording starts only when the control surface is installed.
import { delay, HttpResponse } from 'msw';
import type { FaultRule, RequestKind, SentRequest } from './control-protocol';

const LOG_KEY = 'profile-editor.sandbox.requests';
const MAX_LOG = 500;
const SECRET = /pass(word)?|secret|token|hash|otp|pin$/i;
const REDACTED = '[redacted]';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

let recording = false;
let faults: FaultRule[] = [];
/** Entries are written in the order the requests arrived, whatever order their bodies are read in. */
let written: Promise<void> = Promise.resolve();

const session = (): Storage | undefined =>
  typeof sessionStorage === 'undefined' ? undefined : sessionStorage;

function readLog(): SentRequest[] {
  try {
    const raw = session()?.getItem(LOG_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as SentRequest[]) : [];
  } catch {
    return [];
  }
}

function writeLog(log: SentRequest[]) {
  session()?.setItem(LOG_KEY, JSON.stringify(log.slice(-MAX_LOG)));
}

/** Replaces the values of secret-looking keys, at any depth. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET.test(key) ? REDACTED : redact(inner)]),
    );
  }
  return value;
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET.test(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

function redactText(text: string): unknown {
  if (text === '') return null;
  try {
    return redact(JSON.parse(text));
  } catch {
    // A form-encoded or plain body: redact `secret=value` pairs.
    return text.replace(/([\w.-]*(?:pass(?:word)?|secret|token|hash)[\w.-]*=)[^&\s]*/gi, `$1${REDACTED}`);
  }
}

export function startRecording(): void {
  recording = true;
}

export function clearRequests(): void {
  writeLog([]);
}

export async function sentRequests(): Promise<SentRequest[]> {
  await written;
  return readLog();
}

export function injectFault(rule: FaultRule): void {
  faults.push({ ...rule });
}

export const pendingFaults = (): FaultRule[] => faults.map((rule) => ({ ...rule }));

export function clearFaults(): void {
  faults = [];
}

const matches = (rule: FaultRule, provider: string, kind: Exclude<RequestKind, 'all'>) =>
  (rule.provider === undefined || rule.provider === provider) &&
  (rule.requests === undefined || rule.requests === 'all' || rule.requests === kind);

function record(provider: string, request: Request) {
  const body = request
    .clone()
    .text()
    .catch(() => '');
  const entry = { provider, method: request.method, url: redactUrl(request.url) };
  written = written.then(async () => writeLog([...readLog(), { ...entry, body: redactText(await body) }]));
}

/**
 * Logs the request and applies the first injected fault that matches it (using one of its `count`). Returns the
 * fault's response, or undefined to let the request through (after the fault's delay, if any).
 */
export async function applyControl(provider: string, request: Request): Promise<Response | undefined> {
  if (!recording) return undefined;
  record(provider, request);
  const kind = READS.has(request.method) ? 'reads' : 'writes';
  const rule = faults.find((candidate) => matches(candidate, provider, kind));
  if (!rule) return undefined;
  rule.count -= 1;
  if (rule.count <= 0) faults.splice(faults.indexOf(rule), 1);
  if (rule.latencyMs) await delay(rule.latencyMs);
  if (rule.failure === 'network') return HttpResponse.error();
  if (rule.failure !== undefined) {
    return HttpResponse.json(
      { type: 'SandboxInjectedError', message: `Sandbox: injected HTTP ${rule.failure}.` },
      { status: rule.failure },
    );
  }
  return undefined;
}
