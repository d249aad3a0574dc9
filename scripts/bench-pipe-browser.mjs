// A headless Chromium driven over the DevTools protocol's pipe with the few domains a cold load needs (Target,
// Emulation, Page) and none that put an inspector into the page: Playwright enables the Runtime and Network domains
// on every page it drives, and then V8 records every exception's and every request's stack with source positions
// (re-parsing the code on that stack to find them) — a cost a person's browser never pays. The page reports what
// the script needs by a request of its own (see scripts/bench-routes.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

/** Starts Chromium; resolves to { open(url, options), close() }. */
export async function launchPipeChromium() {
  const executable = findChromium() ?? chromium.executablePath();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipe-'));
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const pending = new Map();
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { method, resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  await send('Browser.getVersion');

  return {
    /**
     * Opens `url` in a fresh browser context (no cache, no storage) at `cpu`× CPU, with `initScript` evaluated
     * before the page's own scripts. Resolves once the navigation has started; `close()` disposes of the context.
     */
    async open(url, { cpu = 1, width = 1280, height = 900, initScript = '' } = {}) {
      const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: false });
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
        width,
        height,
      });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Emulation.setCPUThrottlingRate', { rate: cpu }, sessionId);
      await send(
        'Emulation.setDeviceMetricsOverride',
        { width, height, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      await send('Page.enable', {}, sessionId);
      if (initScript) await send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, sessionId);
      await send('Page.navigate', { url }, sessionId);
      return { close: () => send('Target.disposeBrowserContext', { browserContextId }) };
    },
    async close() {
      child.kill();
      await exited;
      // Chromium's helper processes may still be writing the profile as it exits: retry, and leave it if it stays.
      try {
        fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // A temporary folder left behind; the results stand.
      }
    },
  };
}
