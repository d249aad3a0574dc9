// `npm run screenshots`: the Playwright run that photographs each provider page (light and dark, 1280 px and 390 px)
// into e2e/screenshots/ for the README. Not part of `npm test`: the main config only runs *.spec.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

const root = fileURLToPath(new URL('..', import.meta.url));
const servers = base.webServer === undefined ? [] : [base.webServer].flat();

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.shots.ts',
  fullyParallel: false,
  workers: 1,
  // The servers run from the project's root, as under the main config.
  webServer: servers.map((server) => ({ ...server, cwd: root })),
});
