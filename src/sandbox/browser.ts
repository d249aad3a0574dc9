// Starts the Mock Service Worker in the browser (sandbox mode only; loaded by dynamic import). The current
// route's provider sandbox loads beside the worker's start; the others only if their APIs are called.
import { setupWorker } from 'msw/browser';
import type { AppConfig } from '../config/app-config';
import { installSandboxControl } from './control';
import { lazySandboxHandlers, loadSandbox } from './handlers';
import { followScenarios, initScenarios, type ActiveScenarios } from './scenarios';

export interface StartOptions {
  /** The provider of the route being opened: its sandbox starts loading at once. */
  providerId?: string | undefined;
  /** Hears the active scenarios now and on every change (e.g. the save timeout). */
  onScenarios?: ((scenarios: ActiveScenarios) => void) | undefined;
}

export async function startSandbox(config: AppConfig, options: StartOptions = {}): Promise<void> {
  const { providerId, onScenarios } = options;
  initScenarios(window.location.search);
  if (onScenarios) followScenarios(onScenarios);
  if (providerId && config.providers[providerId]) loadSandbox(providerId).catch(() => undefined);
  // Before the worker answers anything: a test's queued setup (e2e/kit) is in place for the first request.
  await installSandboxControl();
  const worker = setupWorker(...lazySandboxHandlers(config.providers));
  await worker.start({
    onUnhandledRequest: (request, print) => {
      const url = new URL(request.url);
      if (url.origin === window.location.origin) return; // the app's own files
      print.warning();
    },
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
