// One sandbox set-up for every provider test: the provider's own sandbox handlers (the ones the browser sandbox
// uses) served by MSW in Node at the configured base URL, reset after each test, with contexts, scenarios and a log
// of what was sent. `const sandbox = await setUpProviderSandbox('camunda')` at the top of a test file.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ProviderId } from '../providers';
import { setScenarios } from '../sandbox/scenarios';
import { createSandboxServer, type ContextOptions, type SandboxServer } from './sandbox-server';

export type { ContextOptions };

export interface SentRequest {
  method: string;
  /** The path under the provider's base URL, without the leading slash ('user/demo/profile'). */
  path: string;
  /** The parsed JSON body, the text when it is not JSON, undefined when there is none. */
  body: unknown;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
}

export interface ProviderSandboxHarness extends SandboxServer {
  /** Switches this provider's named scenarios on ('read-only' → 'camunda:read-only'), the others off. */
  scenario(...named: string[]): void;
  /** Makes every save to this provider fail with the status (or a dropped connection) until the test ends. */
  failSaves(failure: number | 'network'): void;
  /** What was sent to the provider during this test (since the last clearSent), bodies parsed, in order. */
  sent(): Promise<SentRequest[]>;
  clearSent(): void;
}

const clearScenarios = () => setScenarios({ latencyMs: 0, failures: {}, named: [] });

export async function setUpProviderSandbox(
  id: ProviderId,
  defaults: ContextOptions = {},
): Promise<ProviderSandboxHarness> {
  const served = await createSandboxServer(id, defaults);
  const { server, baseUrl, sandbox } = served;

  const log: Array<Promise<SentRequest>> = [];
  server.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(baseUrl)) return;
    const path = request.url.slice(baseUrl.length).replace(/^\/+/, '');
    log.push(
      request
        .clone()
        .text()
        .then((text) => ({
          method: request.method,
          path,
          body: parseBody(text),
          headers: Object.fromEntries(request.headers),
        })),
    );
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    sandbox.reset();
    clearScenarios();
    log.length = 0;
  });
  afterAll(() => server.close());

  return {
    ...served,
    scenario(...named) {
      setScenarios({ latencyMs: 0, failures: {}, named: named.map((name) => `${id}:${name}`) });
    },
    failSaves(failure) {
      setScenarios({ latencyMs: 0, failures: { [id]: failure }, named: [] });
    },
    sent: () => Promise.all(log),
    clearSent: () => {
      log.length = 0;
    },
  };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
