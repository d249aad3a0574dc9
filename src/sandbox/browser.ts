// Starts the Mock Service Worker in the browser (sandbox mode only; loaded by dynamic import). The current
// route's provider sandbox loads beside the worker's start; the others only if their APIs are called.
import { setupWorker } from 'msw/browser';
import type { AppConfig } from '../config/app-config';
import { lazySandboxHandlers, loadSandbox } from './handlers';
import { initScenarios } from './scenarios';

export async function startSandbox(config: AppConfig, providerId?: string): Promise<void> {
  initScenarios(window.location.search);
  if (providerId && config.providers[providerId]) loadSandbox(providerId).catch(() => undefined);
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
