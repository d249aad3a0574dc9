// Playwright: browser tests in e2e/, against a production build served by `vite preview` (or the dev server
// with E2E_DEV=1). The browser is found by scripts/find-browser.mjs (Playwright's own, else Debian's Chromium).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const dev = process.env.E2E_DEV === '1';
const executablePath = findChromium();
// The demo partner portal (src/embed/demo-host) for e2e/embed.spec.ts: another origin, allowed to embed the editor.
const embedHostPort = Number(process.env.E2E_EMBED_PORT ?? port + 10);
const embedHostOrigin = `http://127.0.0.1:${embedHostPort}`;
// `npm run serve` (the tiny production server) on the same dist/, for e2e/security-csp.spec.ts.
const servePort = Number(process.env.E2E_SERVE_PORT ?? port + 20);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recorded on a retry only: recording every test (and dropping the trace when it passes) made the browser tests
    // ~35 % slower on a 2-core machine. A first failure still leaves its screenshot and error context.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath && { executablePath }),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: dev
        ? `npx vite --port ${port} --strictPort`
        : `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { EMBED_ALLOWED_ORIGINS: embedHostOrigin },
    },
    // Started on the dist/ the first server builds: it answers config.json (and so counts as up) once that exists.
    ...(dev
      ? []
      : [
          {
            command: `node scripts/serve.mjs --port ${servePort}`,
            url: `http://127.0.0.1:${servePort}/config.json`,
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
          },
        ]),
    {
      command: `npx vite src/embed/demo-host --host 127.0.0.1 --port ${embedHostPort} --strictPort --logLevel warn`,
      url: `${embedHostOrigin}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { VITE_EDITOR_ORIGIN: `http://127.0.0.1:${port}` },
    },
  ],
});
