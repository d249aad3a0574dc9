// `npm run test:e2e`: checks that a browser exists, then runs Playwright (extra arguments are passed on).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.mjs';

if (findChromium() === null) {
  console.error(
    'No browser for the e2e tests: install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or run `npx playwright install chromium`.',
  );
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
