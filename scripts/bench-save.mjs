#!/usr/bin/env node
// "Saving…" within one frame of the click: on a provider route in sandbox mode with a slow save (the sandbox's
// `?slow=<provider>:<ms>`), at 4× CPU, types a new value into the form's first text field, clicks Save (a trusted
// click through the DevTools protocol) and times, in the page, from the click event's timestamp to
//   - commit: the DOM holds the "Saving…" status line (`data-save-status="saving"`) with the typed value in the field,
//   - frame: the start of the next animation frame after that (requestAnimationFrame),
//   - painted: a task after that frame's rendering (the first frame showing both is on screen by then),
// and whether the DOM held both before the first animation frame after the click started (so that frame shows
// them: no frame in between shows the old state), and prints them beside one frame's budget (16.7 ms at 60 Hz),
// with what the click waited for (the main thread busy before its handlers ran) and how long the page's click
// handlers took. The button is held 80 ms, as a person's press, on a settled page. Fresh browser context per run.
// Beside it, the floor: the same journey on a plain HTML page (a text field, a status line, a Save button whose
// click writes "Saving…" into the line and the button, nothing else), so the figures read as a ratio to what the
// browser itself costs at this CPU rate (`--no-floor` leaves it out).
//
//   npm run bench:save                         builds, then 5 runs on /camunda/demo at 4× CPU
//   npm run bench:save -- --no-build --runs 9 --route /navixy --cpu 1 --slow 4000 --app before=/path/to/dist
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildUnlessSkipped, launchChromium, readArgs, ROOT } from './bench-cli.mjs';
import { serveDist } from './bench-server.mjs';
import { medianOf } from './bench-stats.mjs';

const FRAME_MS = 1000 / 60;
const { option, flag, extraApps } = readArgs();
const runs = Number(option('runs', '5'));
const cpu = Number(option('cpu', '4'));
const route = option('route', '/camunda/demo');
const slowMs = Number(option('slow', '3000'));
const apps = [
  { name: 'project', dist: path.join(ROOT, 'dist') },
  ...extraApps,
  ...(flag('no-floor') ? [] : [{ name: 'plain HTML', floor: true }]),
];

// The floor page: the least a page can do for the same visible outcome.
const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Save floor</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem}label,input,p{display:block}input{margin:.25rem 0 1rem;padding:.5rem}</style>
</head><body><main><form novalidate>
<label for="name">Name</label><input id="name" type="text">
<p data-save-status="idle"></p><button type="submit">Save</button>
</form></main><script>
const form = document.querySelector('form');
const status = () => document.querySelector('[data-save-status]');
const line = (kind, text) => { const p = document.createElement('p'); p.dataset.saveStatus = kind; p.textContent = text; status().replaceWith(p); };
document.getElementById('name').addEventListener('input', () => line('unsaved', 'Unsaved changes'));
form.addEventListener('submit', (event) => event.preventDefault());
form.querySelector('button').addEventListener('click', (event) => {
  line('saving', 'Saving…');
  event.currentTarget.textContent = 'Saving…';
  event.currentTarget.setAttribute('aria-busy', 'true');
});
</script></body></html>`;

buildUnlessSkipped(flag);

// Injected before any page script: arms on the first trusted click on a Save button, then waits for the DOM to
// show the saving status with the typed value, and for the frame after it.
const probe = () => {
  const B = (window.__saveBench = {
    clickAt: null,
    handlerAt: null,
    handledAt: null,
    commitAt: null,
    frameAt: null,
    firstFrameAt: null,
    paintedAt: null,
    value: null,
  });
  const shows = () => {
    const status = document.querySelector('[data-save-status="saving"]');
    const field = B.field && document.getElementById(B.field);
    return status !== null && field !== null && field.value === B.value;
  };
  const observer = new MutationObserver(() => {
    if (B.clickAt === null || B.commitAt !== null || !shows()) return;
    B.commitAt = performance.now();
    requestAnimationFrame(() => {
      B.frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (B.paintedAt = performance.now());
      channel.port2.postMessage(0);
    });
  });
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!event.isTrusted || B.clickAt !== null || !button || !/^Save\b/.test(button.textContent ?? ''))
        return;
      B.clickAt = event.timeStamp;
      B.handlerAt = performance.now();
      // The first frame after the click: "Saving…" must be in the DOM before it starts.
      requestAnimationFrame(() => (B.firstFrameAt = performance.now()));
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    true,
  );
  // After the page's own click handlers (React's, at its root) have run.
  window.addEventListener('click', (event) => {
    if (event.isTrusted && B.handlerAt !== null && B.handledAt === null) B.handledAt = performance.now();
  });
};

const browser = await launchChromium(chromium);

async function run(app, index) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe);
    const provider = route.split('/')[1];
    if (app.floor) {
      await page.route('http://save-floor.test/', (r) =>
        r.fulfill({ contentType: 'text/html', body: FLOOR_HTML }),
      );
      await page.goto('http://save-floor.test/');
    } else {
      await page.goto(`${app.url}${route}?slow=${provider}:${slowMs}`, {
        waitUntil: 'load',
        timeout: 120_000,
      });
    }
    // The form's first editable text field, given a value it never had.
    const field = page.locator('form input[type="text"]:not([readonly]):not([disabled])').first();
    await field.waitFor({ state: 'visible', timeout: 120_000 });
    const id = await field.getAttribute('id');
    const value = `Bench ${index} ${Date.now() % 100000}`;
    await field.fill(value);
    await field.press('Tab');
    await page.evaluate(({ id, value }) => Object.assign(window.__saveBench, { field: id, value }), {
      id,
      value,
    });
    const save = page.getByRole('button', { name: /^Save\b/ }).first();
    await save.waitFor({ state: 'visible' });
    await page.locator('[data-save-status="unsaved"]').first().waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    // A settled page (nothing left of typing's work), and a press as long as a person's: the mouse-down's own work
    // (focus, ripple) happens while the button is held, as it does for a person.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 5000 })),
    );
    await save.click({ delay: 80 });
    await page.waitForFunction(() => window.__saveBench.paintedAt !== null, null, {
      timeout: 60_000,
      polling: 50,
    });
    const b = await page.evaluate(() => window.__saveBench);
    return {
      queued: b.handlerAt - b.clickAt,
      handlers: b.handledAt - b.handlerAt,
      commit: b.commitAt - b.clickAt,
      frame: b.frameAt - b.clickAt,
      painted: b.paintedAt - b.clickAt,
      inFirstFrame: b.commitAt !== null && b.firstFrameAt !== null && b.commitAt <= b.firstFrameAt,
    };
  } finally {
    await context.close();
  }
}

for (const app of apps) if (!app.floor) Object.assign(app, await serveDist(app.dist));
const samples = [];
for (let i = 0; i < runs; i++) {
  for (const app of apps) {
    const sample = { app: app.name, ...(await run(app, i)) };
    samples.push(sample);
    process.stderr.write(
      `${app.name} run ${i + 1}: waited ${sample.queued.toFixed(1)} ms for the main thread, handlers ${sample.handlers.toFixed(1)} ms, commit ${sample.commit.toFixed(1)} ms, frame ${sample.frame.toFixed(1)} ms, painted ${sample.painted.toFixed(1)} ms\n`,
    );
  }
}
await browser.close();
await Promise.all(apps.map((app) => app.close?.()));

const f = (x) => x.toFixed(1);
console.info(
  `Save click → "Saving…" with the typed value on ${route} (sandbox, writes answered after ${slowMs} ms), ${cpu}× CPU, ${runs} runs, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; one frame = ${f(FRAME_MS)} ms\n`,
);
console.info(
  '| app | in the DOM ms (median / max) | next frame starts ms | painted by ms | painted ÷ plain HTML | in the first frame after the click | within 16.7 ms |',
);
console.info('|---|---|---|---|---|---|---|');
const floorSet = samples.filter((s) => s.app === 'plain HTML');
for (const app of apps) {
  const set = samples.filter((s) => s.app === app.name);
  const of = (key) => `${f(medianOf(set.map((s) => s[key])))} / ${f(Math.max(...set.map((s) => s[key])))}`;
  const within = set.filter((s) => s.frame <= FRAME_MS).length;
  const first = set.filter((s) => s.inFirstFrame).length;
  const ratio = floorSet.length
    ? (medianOf(set.map((s) => s.painted)) / medianOf(floorSet.map((s) => s.painted))).toFixed(2)
    : '–';
  console.info(
    `| ${app.name} | ${of('commit')} | ${of('frame')} | ${of('painted')} | ${ratio} | ${first} of ${set.length} runs | ${within} of ${set.length} runs |`,
  );
}
