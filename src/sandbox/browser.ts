// Starts the Mock Service Worker in the browser (sandbox mode only; loaded by dynamic import).
import { setupWorker } from 'msw/browser';
import type { AppConfig } from '../config/app-config';
import { installSandboxControl } from './control';
import { loadSandboxes, sandboxHandlers } from './handlers';
import { followScenarios, initScenarios, type ActiveScenarios } from './scenarios';

/** Starts the sandbox; `onScenarios` hears the active scenarios now and on every change (e.g. the save timeout). */
export async function startSandbox(
  config: AppConfig,
  onScenarios?: (scenarios: ActiveScenarios) => void,
): Promise<void> {
  initScenarios(window.location.search);
  if (onScenarios) followScenarios(onScenarios);
  // Before the worker answers anything: a test's queued setup (e2e/kit) is in place for the first request.
  await installSandboxControl();
  const sandboxes = await loadSandboxes();
  const worker = setupWorker(...sandboxHandlers(sandboxes, config.providers));
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
