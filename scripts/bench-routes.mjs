#!/usr/bin/env node
// Per-route benchmark of the real pages: for every provider route, in live mode (the provider API answered by
// Playwright route fulfilment with what the sandbox answered, so no service worker runs), in live mode with no
// inspector in the page (`uninspected`: Chromium driven over the DevTools pipe without Playwright, the API answered
// by this script's server, scripts/bench-pipe-browser.mjs) and in sandbox mode, cold loads of a production build,
// printing the JS+CSS+HTML bytes (gzip) fetched before the first form input showed, the time to that input, when
// the provider's chunk and the profile request started, and which sandbox chunks loaded (none may in live mode).
// Under Playwright (live, sandbox) V8 records every exception's and request's stack for the inspector, which a
// person's browser does not: `uninspected` is the figure a person meets.
//
//   npm run bench:routes                          builds, then 3 cold loads per route and mode at 4× CPU
//   npm run bench:routes -- --cpu 1 --runs 5      other options: --routes /camunda/demo,/uphold/profile  --modes live,uninspected
//   npm run bench:routes -- --no-build --app before=/path/to/old/dist      compare builds in one run (A B A B …)
//   --files lists every file fetched before the first input with its gzip size (first run of each);
//   --latency 150 adds a round trip to every request (a mobile network);
//   --json FILE writes every sample; CHROMIUM=/path picks the browser (else Playwright's or /usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildUnlessSkipped, launchChromium, readArgs, ROOT } from './bench-cli.mjs';
import { launchPipeChromium } from './bench-pipe-browser.mjs';
import { distFileOf, serveDist } from './bench-server.mjs';
import { medianOf, ratioOfMedians } from './bench-stats.mjs';

// Uphold's form is a process page (/uphold is the KYC overview, a list without inputs).
const ROUTES = ['/camunda/demo', '/wise/14575282', '/navixy', '/nexudus', '/uphold/profile'];

const { option, flag, extraApps } = readArgs();
const runs = Number(option('runs', '3'));
const cpu = Number(option('cpu', '4'));
// A round trip added to every request (a mobile network): the page's files through Chromium's network emulation,
// the answers the script gives itself (live mode's config.json and provider API) by answering that much later.
const latency = Number(option('latency', '0'));
const routes = option('routes', ROUTES.join(',')).split(',');
const modes = option('modes', 'live,uninspected,sandbox').split(',');
const MODES = ['live', 'uninspected', 'sandbox'];
if (modes.some((mode) => !MODES.includes(mode)))
  throw new Error(`--modes: one or more of ${MODES.join(', ')}`);
const jsonFile = option('json', undefined);
const listFiles = flag('files');
const apps = [{ name: 'project', dist: path.join(ROOT, 'dist') }, ...extraApps];

buildUnlessSkipped(flag);

const publicConfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'config.json'), 'utf8'));
const sandboxBases = Object.entries(publicConfig.providers).map(([id, { baseUrl }]) => ({ id, baseUrl }));
const providerOf = (route) => route.split('/')[1];

/** Which built files are sandbox code: from the Vite manifest when there is one, else by chunk name. */
function sandboxFilesOf(dist) {
  const file = path.join(dist, '.vite', 'manifest.json');
  const isSandbox = (text) =>
    /(^|\/)src\/sandbox\/|\/sandbox[\w-]*\.ts$|^_?(scenarios|handlers|persisted-state|browser)-|msw-fallback/.test(
      text,
    );
  const files = new Set();
  if (fs.existsSync(file)) {
    for (const [key, chunk] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')))) {
      if (isSandbox(key) || isSandbox(chunk.src ?? '') || isSandbox(`${chunk.name ?? ''}-`))
        files.add(chunk.file);
    }
  }
  return (url) => {
    const name = new URL(url).pathname.replace(/^\//, '');
    return files.size > 0
      ? files.has(name)
      : /^assets\/(sandbox|browser|scenarios|handlers|SandboxPanel|persisted-state)-/.test(name);
  };
}

// Injected before any page script: the frame after the first visible input of the editor's form.
const probe = () => {
  const B = (window.__routeBench = { readyAt: null });
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll('form input, form textarea, form select')) {
      if (el.type === 'hidden' || !shown(el)) continue;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          B.readyAt = performance.now();
          // Tells the script through a binding: no polling and no script of Playwright's evaluated in the page
          // while it loads (its injected script alone is ~35 ms of main thread at 4× CPU). Without Playwright, by a
          // request to the script's server, once the frame is over.
          if (typeof window.__routeBenchReady === 'function') window.__routeBenchReady(B.readyAt);
          else
            setTimeout(() => {
              const entries = performance
                .getEntriesByType('resource')
                .map((e) => ({ name: e.name, start: e.startTime }));
              void fetch('/__route-bench', {
                method: 'POST',
                body: JSON.stringify({ readyAt: B.readyAt, entries }),
              });
            }, 0);
        };
        channel.port2.postMessage(0);
      });
      return;
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
};

const browser = await launchChromium(chromium);

/** Provider answers recorded from the sandbox: `${provider} ${method} ${path+query}` → response. */
const recorded = new Map();
const keyOf = (provider, method, url, base) =>
  `${provider} ${method} ${url.slice(base.length).replace(/^\/?/, '/')}`;

/** Live mode's config.json for a build served at `origin`: every provider's API under /proxy/<provider>. */
const liveConfig = (origin) => ({
  mode: 'live',
  providers: Object.fromEntries(sandboxBases.map(({ id }) => [id, { baseUrl: `${origin}/proxy/${id}` }])),
  embed: { allowedOrigins: [] },
});

/**
 * What the server answers itself while an uninspected load runs (`app.uninspected` holds it): the live config.json,
 * the recorded provider API under /proxy/<provider>, each answer `latency` ms late, and the page's
 * report of its first input.
 */
function answerUninspected(app, req, res, url) {
  const load = app.uninspected;
  if (!load) return false;
  const send = (status, headers, body) =>
    void delay(latency).then(() => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    });
  if (url.pathname === '/__route-bench' && req.method === 'POST') {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      load.report(JSON.parse(Buffer.concat(chunks).toString()));
      res.writeHead(204);
      res.end();
    });
    return true;
  }
  if (url.pathname === '/config.json') {
    send(200, { 'content-type': 'application/json' }, JSON.stringify(liveConfig(app.url)));
    return true;
  }
  const proxied = url.pathname.match(/^\/proxy\/(\w+)(\/.*)$/);
  if (proxied) {
    const answer = recorded.get(`${proxied[1]} ${req.method} ${proxied[2]}${url.search}`);
    if (!answer) send(404, { 'content-type': 'application/json' }, '{"message":"not recorded"}');
    else {
      const {
        'content-length': _,
        'content-encoding': __,
        'transfer-encoding': ___,
        ...headers
      } = answer.headers;
      send(answer.status, headers, answer.body);
    }
    return true;
  }
  return false;
}

const servers = [];
for (const app of apps) {
  const server = await serveDist(app.dist, 0, {
    answer: (req, res, url) => answerUninspected(app, req, res, url),
    // The build's own files, as late as a round trip makes them, in an uninspected load (Playwright's network
    // emulation does it in the others).
    lateBy: () => (app.uninspected ? latency : 0),
  });
  servers.push(server);
  Object.assign(app, { url: server.url, isSandboxFile: sandboxFilesOf(app.dist) });
}
const pipeBrowser = modes.includes('uninspected') ? await launchPipeChromium() : undefined;

/** gzip size of a file the build served, by its URL (the page itself: index.html). */
const gzipOf = (app, url) => {
  const file = distFileOf(path.resolve(app.dist), new URL(url).pathname);
  return file === null ? 0 : zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
};

/** A cold load with no inspector in the page: its own report gives the first input and what it fetched by then. */
async function loadUninspected(app, route) {
  if (!pipeBrowser) throw new Error('no pipe browser');
  let report;
  const reported = new Promise((resolve) => (report = resolve));
  app.uninspected = { report };
  const page = `${app.url}${route}#token=bench-token`;
  const tab = await pipeBrowser.open(page, { cpu, initScript: `(${probe})()` });
  try {
    const timing = await Promise.race([
      reported,
      delay(120_000, undefined, { ref: false }).then(() =>
        Promise.reject(new Error(`${route}: no form input within 120 s (uninspected)`)),
      ),
    ]);
    const early = timing.entries.filter((e) => e.start <= timing.readyAt && e.name.startsWith(`${app.url}/`));
    // As the inspected loads count: the page, its scripts and its style sheets.
    const fetched = [
      page,
      ...early.map((e) => e.name).filter((name) => /\.(js|css)$/.test(new URL(name).pathname)),
    ];
    const files = fetched.map((url) => ({ name: new URL(url).pathname, kb: gzipOf(app, url) / 1024 }));
    const startOf = (test) => timing.entries.find((e) => test(e.name))?.start ?? NaN;
    return {
      ready: timing.readyAt,
      kb: files.reduce((sum, file) => sum + file.kb, 0),
      requests: fetched.length,
      files,
      sandboxFiles: fetched
        .filter((url) => app.isSandboxFile(url))
        .map((url) => new URL(url).pathname.replace('/assets/', '')),
      configAt: startOf((name) => name.endsWith('/config.json')),
      providerChunkAt: startOf((name) => /\/assets\/provider-[\w-]+\.js$/.test(name)),
      profileAt: startOf((name) => name.startsWith(`${app.url}/proxy/${providerOf(route)}`)),
    };
  } finally {
    app.uninspected = undefined;
    await tab.close();
  }
}

async function load(app, route, mode, record = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (!record) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (!record && latency > 0) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const later = (answer) => (record || latency <= 0 ? answer() : delay(latency).then(answer));
    await page.addInitScript(probe);
    const provider = providerOf(route);
    const origin = app.url;
    const liveBase = `${origin}/proxy/${provider}`;
    if (mode === 'live') {
      await page.route('**/config.json', (r) => later(() => r.fulfill({ json: liveConfig(origin) })));
      await page.route(`${origin}/proxy/**`, (r) => {
        const request = r.request();
        const answer = recorded.get(keyOf(provider, request.method(), request.url(), liveBase));
        if (!answer) return later(() => r.fulfill({ status: 404, json: { message: 'not recorded' } }));
        return later(() => r.fulfill(answer));
      });
    }
    const bodies = new Map();
    page.on('response', (response) => {
      const request = response.request();
      const type = request.resourceType();
      const base = sandboxBases.find((b) => response.url().startsWith(b.baseUrl));
      if (record && base) {
        const key = keyOf(base.id, request.method(), response.url(), base.baseUrl);
        response.body().then(
          (body) => recorded.set(key, { status: response.status(), headers: response.headers(), body }),
          () => undefined,
        );
      }
      if (
        type === 'script' ||
        type === 'stylesheet' ||
        (type === 'document' && response.frame() === page.mainFrame())
      ) {
        bodies.set(
          response.url(),
          response.body().then(
            (b) => zlib.gzipSync(b, { level: 9 }).length,
            () => 0,
          ),
        );
      }
    });
    const hash = mode === 'live' ? '#token=bench-token' : '';
    let markReady;
    const ready = new Promise((resolve) => (markReady = resolve));
    await page.exposeFunction('__routeBenchReady', () => markReady());
    await page.goto(`${origin}${route}${hash}`, { waitUntil: 'commit', timeout: 120_000 });
    await Promise.race([
      ready,
      delay(120_000, undefined, { ref: false }).then(() =>
        Promise.reject(new Error(`${route}: no form input within 120 s`)),
      ),
    ]);
    await page.waitForLoadState('load');
    const timing = await page.evaluate(() => {
      const readyAt = window.__routeBench.readyAt;
      const entries = performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, start: e.startTime }));
      return { readyAt, entries };
    });
    await new Promise((r) => setTimeout(r, 300));
    const early = new Set(timing.entries.filter((e) => e.start <= timing.readyAt).map((e) => e.name));
    let gz = 0;
    let requests = 0;
    const sandboxFiles = [];
    const files = [];
    for (const [url, size] of bodies) {
      if (!early.has(url) && url !== page.url().replace(/#.*/, '')) continue;
      const fileGz = await size;
      gz += fileGz;
      requests++;
      files.push({ name: new URL(url).pathname, kb: fileGz / 1024 });
      if (app.isSandboxFile(url)) sandboxFiles.push(new URL(url).pathname.replace('/assets/', ''));
    }
    const startOf = (test) => timing.entries.find((e) => test(e.name))?.start ?? NaN;
    const apiBase = mode === 'live' ? liveBase : sandboxBases.find((b) => b.id === provider)?.baseUrl;
    return {
      ready: timing.readyAt,
      kb: gz / 1024,
      requests,
      files,
      sandboxFiles,
      configAt: startOf((name) => name.endsWith('/config.json')),
      providerChunkAt: startOf((name) => /\/assets\/provider-[\w-]+\.js$/.test(name)),
      profileAt: startOf((name) => apiBase !== undefined && name.startsWith(apiBase)),
    };
  } finally {
    await context.close();
  }
}

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');

// Record every route's provider answers once, from the first app's sandbox.
for (const route of routes) await load(apps[0], route, 'sandbox', true);

const samples = [];
const started = Date.now();
for (const route of routes) {
  for (const mode of modes) {
    for (let run = 0; run < runs; run++) {
      for (const app of apps) {
        const measured =
          mode === 'uninspected' ? await loadUninspected(app, route) : await load(app, route, mode);
        const sample = { app: app.name, route, mode, ...measured };
        samples.push(sample);
        process.stderr.write(
          `[${((Date.now() - started) / 1000).toFixed(0)}s] ${app.name} ${mode} ${route}: ${f(sample.ready)} ms, ${f(sample.kb)} KB\n`,
        );
        if (listFiles && run === 0) {
          const sorted = [...sample.files].sort((a, b) => b.kb - a.kb);
          for (const file of sorted)
            process.stderr.write(`    ${f(file.kb, 1).padStart(6)} KB  ${file.name}\n`);
        }
      }
    }
  }
}
await browser.close();
await pipeBrowser?.close();
await Promise.all(servers.map((s) => s.close()));

const rows = [];
for (const route of routes) {
  for (const app of apps) {
    const of = (mode) => samples.filter((s) => s.app === app.name && s.route === route && s.mode === mode);
    for (const mode of modes) {
      const set = of(mode);
      const liveKb = medianOf(of('live').map((s) => s.kb));
      rows.push(
        `| ${route} | ${app.name} | ${mode} | ${f(medianOf(set.map((s) => s.kb)))} | ${
          mode === 'sandbox' && Number.isFinite(liveKb)
            ? `+${f(medianOf(set.map((s) => s.kb)) - liveKb)}`
            : ''
        } | ${f(medianOf(set.map((s) => s.ready)))} (${f(Math.min(...set.map((s) => s.ready)))}–${f(
          Math.max(...set.map((s) => s.ready)),
        )}) | ${medianOf(set.map((s) => s.requests))} | ${f(medianOf(set.map((s) => s.configAt)))} / ${f(
          medianOf(set.map((s) => s.providerChunkAt)),
        )} / ${f(medianOf(set.map((s) => s.profileAt)))} | ${[...new Set(set.flatMap((s) => s.sandboxFiles))].length} |`,
      );
    }
  }
}
const table = [
  `Per-route cold loads: ${runs} per app, route and mode, ${cpu}× CPU, ${latency ? `${latency} ms round trip, ` : ''}${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
  '',
  '| route | app | mode | KB gzip before first input | sandbox extra KB | first input ms (min–max) | requests | config.json / provider chunk / profile request start ms | sandbox chunks |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.info(table);
// Beside another build: this build's median first input over the other's, per route and mode, with the interval the
// spread of the loads leaves it (a ratio near a target needs more loads before it says which side it is on).
const [project, ...others] = apps;
if (others.length > 0) {
  const readyOf = (app, route, mode) =>
    samples.filter((s) => s.app === app.name && s.route === route && s.mode === mode).map((s) => s.ready);
  const ratioRows = [];
  for (const route of routes) {
    for (const mode of modes) {
      const cells = others.map((other) => {
        const { ratio, low, high } = ratioOfMedians(
          readyOf(project, route, mode),
          readyOf(other, route, mode),
        );
        return `${f(ratio, 2)} (${f(low, 2)}–${f(high, 2)})`;
      });
      ratioRows.push(`| ${route} | ${mode} | ${cells.join(' | ')} |`);
    }
  }
  console.info(
    [
      '',
      `First input, ${project.name}'s median over each other build's (95 % interval of a bootstrap over the loads):`,
      '',
      `| route | mode | ${others.map((other) => `${project.name} ÷ ${other.name}`).join(' | ')} |`,
      `|---|---|${others.map(() => '---|').join('')}`,
      ...ratioRows,
    ].join('\n'),
  );
}
if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify({ cpu, runs, samples }, null, 1));
