// The code a page needs is fetched while its HTML is parsed (public/boot.js, from the list the build writes into
// index.html), not after the entry script has run and config.json has come back.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './kit';
import { goLiveWithCamunda } from './live-camunda';

const APP_CHUNK = /\/assets\/App-[\w-]+\.js$/;
const PROVIDER_CHUNK = /\/assets\/provider-[\w-]+\.js$/;
const ENTRY = /\/assets\/index-[\w-]+\.js$/;
/** The app's own code beyond what the profile's read needs: the pages, the form and the editor. */
const APP_CODE = /\/assets\/(App|form|editor)-[\w-]+\.js$/;

/** Resolves with the first request whose URL matches. */
const requestOf = (page: Page, url: RegExp) =>
  new Promise<Request>((resolve) => {
    const listener = (request: Request) => {
      if (!url.test(request.url())) return;
      page.off('request', listener);
      resolve(request);
    };
    page.on('request', listener);
  });

/**
 * Holds back the scripts matching `url` until `until` settles; `held()` tells whether any was asked for. What only
 * those scripts could start then never happens: the test waiting for it fails.
 */
async function holdBack(page: Page, url: RegExp, until: Promise<unknown>) {
  let held = false;
  await page.route(url, async (route) => {
    held = true;
    await until;
    await route.continue();
  });
  return { held: () => held };
}

/** The URLs matching `url` the page has loaded so far (a set that grows as it loads more). */
function loadedFiles(page: Page, url: RegExp) {
  const urls = new Set<string>();
  page.on('response', (response) => {
    if (response.ok() && url.test(response.url())) urls.add(response.url());
  });
  return urls;
}

/** Each file's text and type, fetched again once the page is done (a response's own body may be gone by then). */
const contentsOf = (page: Page, urls: Iterable<string>) =>
  Promise.all(
    [...urls].map(async (url) => {
      const response = await page.request.get(url);
      expect(response.ok(), url).toBe(true);
      return { url, type: response.headers()['content-type'] ?? '', text: await response.text() };
    }),
  );

test("the app's and the provider's code are requested before the entry script runs", async ({
  editor,
  page,
}) => {
  const routeCode = Promise.all([requestOf(page, APP_CHUNK), requestOf(page, PROVIDER_CHUNK)]);
  // The entry script is held until both are on their way: without the preload it would be held for ever.
  const entry = await holdBack(page, ENTRY, routeCode);
  await editor.open('camunda', { userId: 'demo' });
  expect(entry.held()).toBe(true);
  const [app, provider] = await routeCode;
  expect(app.frame()).toBe(page.mainFrame());
  expect(provider.url()).toMatch(PROVIDER_CHUNK);
});

test('config.json is requested while the page is parsed, before the entry script runs', async ({
  editor,
  page,
}) => {
  const config = requestOf(page, /\/config\.json$/);
  const entry = await holdBack(page, ENTRY, config);
  await editor.open('camunda', { userId: 'demo' });
  expect(entry.held()).toBe(true);
  expect((await config).frame()).toBe(page.mainFrame());
});

test("in live mode the profile is read before the app's own code is needed: the read waits for none of it", async ({
  editor,
  page,
  baseURL,
}) => {
  await goLiveWithCamunda(page, baseURL);
  const read = requestOf(page, /\/proxy\/engine-rest\/user\/ana\/profile$/);
  // The app's pages, form and editor arrive only once the read has been sent: held for ever if it waited for them.
  await holdBack(page, APP_CODE, read);
  await page.goto('/camunda/ana#token=live-token-123');
  await editor.ready();
  expect((await read).method()).toBe('GET');
  await expect(editor.field('First name')).toHaveValue('Ana');
});

test("the code a page runs while it loads carries V8's compile hint, code loaded later does not", async ({
  editor,
  page,
}) => {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (/\/assets\/[\w-]+\.js$/.test(response.url())) scripts.set(response.url(), response.text());
  });
  await editor.open('camunda', { userId: 'demo' });
  const firstLine = async (file: RegExp) => {
    const url = [...scripts.keys()].find((candidate) => file.test(candidate));
    if (!url) throw new Error(`no script ${file.source} was loaded`);
    return (await scripts.get(url))?.split('\n')[0];
  };
  for (const file of [ENTRY, APP_CHUNK, PROVIDER_CHUNK, /\/assets\/(form|editor|start-route)-[\w-]+\.js$/])
    expect(await firstLine(file), file.source).toBe('//# allFunctionsCalledOnLoad');
  // The sandbox (this page's default) is not the live path: V8 compiles it as it goes.
  expect(await firstLine(/\/assets\/browser-[\w-]+\.js$/)).not.toBe('//# allFunctionsCalledOnLoad');
});

test('no exception is thrown while the code a page loads is evaluated (an inspector reads a whole chunk again for one)', async ({
  editor,
  page,
}) => {
  // Under an inspector (DevTools, this very suite) an exception records its stack with source positions, which V8
  // finds by parsing again each function on it: for code run as a module's own body, the whole chunk.
  test.slow(); // six cold loads, the debugger stopping at every exception (the sandbox's included)
  const cdp = await page.context().newCDPSession(page);
  const thrown: string[] = [];
  cdp.on('Debugger.paused', (event) => {
    const bottom = event.callFrames.at(-1);
    // Thrown (caught or not) while a module's body was being evaluated: the stack starts in that body.
    if (event.reason === 'exception' && bottom?.scopeChain[0]?.type === 'module') {
      const data: unknown = event.data;
      const description =
        typeof data === 'object' && data !== null && 'description' in data ? String(data.description) : '?';
      thrown.push(`${page.url()}: ${description.split('\n')[0]}`);
    }
    void cdp.send('Debugger.resume').catch(() => undefined);
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
  // Each provider's page, each loaded afresh (a page's own code and the form's, the editor's, the app's).
  await editor.open('camunda', { userId: 'demo' });
  await editor.open('wise', { profileId: '14575282' });
  await editor.open('navixy');
  await editor.open('nexudus');
  await editor.open('uphold', { process: 'profile' });
  await page.goto('/bench');
  await expect(page.getByRole('textbox', { name: /^Text 0/ })).toBeVisible();
  expect(thrown).toEqual([]);
});

test('React DOM takes the errors it suspends a render with from the boot instead of making them as it loads (an inspector reads all of React DOM again for each)', async ({
  editor,
  page,
}) => {
  // public/boot.js makes them; React DOM (scripts/vite-plugin-react-sentinels.ts) takes each once and empties its place.
  const sentinels = () =>
    page.evaluate(() => {
      const made: unknown = Reflect.get(window, Symbol.for('profile-editor.react-sentinels'));
      if (typeof made !== 'object' || made === null) return 'none made';
      return Object.entries(made).map(
        ([code, error]) => `${code}: ${error instanceof Error ? 'left' : 'taken'}`,
      );
    });
  const taken = ['460: taken', '461: taken', '474: taken', '519: taken', '542: taken'];
  await editor.open('camunda', { userId: 'demo' });
  expect(await sentinels()).toEqual(taken);
  // A render that suspends (the colour-scheme menu's code comes in when it is first opened) still shows.
  await page.getByRole('button', { name: 'Colour scheme: System' }).click();
  await expect(page.getByRole('menu', { name: 'Colour scheme' }).getByRole('menuitemradio')).toHaveCount(3);
  await page.goto('/bench');
  await expect(page.getByRole('textbox', { name: /^Text 0/ })).toBeVisible();
  expect(await sentinels()).toEqual(taken);
});

test("no page builds emotion's styled component for every HTML tag (the styled engine needs none of them)", async ({
  editor,
  page,
}) => {
  const scripts = loadedFiles(page, /\/assets\/[\w-]+\.js$/);
  await editor.open('camunda', { userId: 'demo' });
  await page.goto('/bench');
  await expect(page.getByRole('textbox', { name: /^Text 0/ })).toBeVisible();
  // @emotion/styled's main entry: `styled[tag] = styled(tag)` for a list of tags that starts a, abbr, address, area.
  const tagList = /\Wa\W{1,3}abbr\W{1,3}address\W{1,3}area\W/;
  const loaded = await contentsOf(page, scripts);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter(({ text }) => tagList.test(text)).map(({ url }) => url)).toEqual([]);
});

test('a page shows no SVG image (Chromium loads each as a document of its own while the page first renders)', async ({
  editor,
  page,
}) => {
  const styles = loadedFiles(page, /\.css$/);
  // Camunda's read-only user id shows the lock icon.
  await editor.open('camunda', { userId: 'demo' });
  await expect(page.getByLabel('User id')).toBeVisible();
  const loaded = await contentsOf(page, styles);
  expect(loaded.length).toBeGreaterThan(0);
  expect(
    loaded.filter(({ text }) => /url\(\s*['"]?data:image\/svg/.test(text)).map(({ url }) => url),
  ).toEqual([]);
  // The tab's icon too: Chromium fetches and decodes it in the page's renderer.
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((link) => (link instanceof HTMLLinkElement ? link.href : '')));
  expect(icons.length).toBeGreaterThan(0);
  expect(
    (await contentsOf(page, icons)).filter(({ type }) => type.includes('svg')).map(({ url }) => url),
  ).toEqual([]);
});

/** The data URLs of the SVG images the trace's events name (Chromium's image paints and decodes). */
function svgImagesIn(trace: Buffer): string[] {
  const parsed: unknown = JSON.parse(trace.toString());
  const events: unknown[] =
    typeof parsed === 'object' &&
    parsed !== null &&
    'traceEvents' in parsed &&
    Array.isArray(parsed.traceEvents)
      ? parsed.traceEvents
      : [];
  const urls = events.map((event) => {
    if (typeof event !== 'object' || event === null || !('args' in event)) return '';
    const { args } = event;
    if (typeof args !== 'object' || args === null || !('data' in args)) return '';
    const { data } = args;
    return typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string'
      ? data.url
      : '';
  });
  return urls.filter((url) => url.startsWith('data:image/svg'));
}

test("a date field's calendar button paints no SVG image (Chromium's own is one, loaded as a document)", async ({
  browser,
  page,
}) => {
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.goto('/bench?n=5');
  const date = page.getByLabel(/^Date 1/);
  await expect(date).toHaveAttribute('type', 'date');
  // Two frames: the field has been painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const trace = await browser.stopTracing();
  expect(svgImagesIn(trace)).toEqual([]);
});

test('the benchmark page loads none of the app', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto('/bench');
  await expect(page.getByRole('textbox', { name: /^Text 0/ })).toBeVisible();
  expect(urls.filter((url) => APP_CHUNK.test(url) || PROVIDER_CHUNK.test(url))).toEqual([]);
});

test("the embed loads none of the app's pages (the build groups what they share apart)", async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto('/embed');
  // The embed's own page without a host: its code has run.
  await expect(page.getByText('inside a partner portal')).toBeVisible();
  expect(urls.filter((url) => APP_CHUNK.test(url))).toEqual([]);
});

test("when the app's code cannot be fetched, the page says so and offers to reload instead of loading for ever", async ({
  page,
}) => {
  let failing = true;
  await page.route(APP_CHUNK, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/camunda/demo');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The profile editor could not be loaded.');
  await expect(page.getByRole('status')).toHaveCount(0);
  const reload = alert.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeFocused();
  failing = false;
  await reload.click();
  await expect(page.getByRole('textbox', { name: /First name/ })).toBeVisible();
});
