// What the benchmark scripts (bench, bench:routes, bench:save) share: their options (`--name value`, flags,
// `--app name=/path/to/dist` repeated), building dist/ unless `--no-build`, and launching the browser the way the
// e2e suite does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The command line: `option('runs', '5')`, `flag('files')`, and the other builds given with `--app`. */
export function readArgs(args = process.argv.slice(2)) {
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const flag = (name) => args.includes(`--${name}`);
  const extraApps = [];
  args.forEach((arg, index) => {
    if (arg !== '--app') return;
    const [name, dist] = (args[index + 1] ?? '').split(/=(.*)/s);
    if (name && dist) extraApps.push({ name, dist: path.resolve(dist) });
  });
  return { option, flag, extraApps };
}

/** Builds dist/ (vite build) unless `--no-build` was given; exits when the build fails. */
export function buildUnlessSkipped(flag) {
  if (flag('no-build')) return;
  console.info('Building (vite build)…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A headless Chromium with the e2e suite's flags (Playwright's own, else Debian's). */
export function launchChromium(chromium) {
  return chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
