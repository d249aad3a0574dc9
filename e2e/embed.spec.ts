// The editor embedded in a partner portal on another origin: the postMessage protocol, resizing, theme, and the
// security rules (allowlist, malformed messages, tokens never in URLs).
import { expect, test, type Page, type Request } from '@playwright/test';

const editorPort = Number(process.env.E2E_PORT ?? 4173);
const hostPort = Number(process.env.E2E_EMBED_PORT ?? editorPort + 10);
const portal = `http://127.0.0.1:${hostPort}`;
// The same server under another name: a different origin, not in embed.allowedOrigins.
const hostileOrigin = `http://localhost:${hostPort}`;
const editorOrigin = `http://127.0.0.1:${editorPort}`;

async function openPortal(page: Page, query = '') {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${portal}/${query}`);
  const editor = page.frameLocator('iframe[title="Profile editor"]');
  const events = page.getByRole('list', { name: 'Events from the editor' });
  // The first load boots the editor and its sandbox (service worker) inside the frame: allow for a slow machine.
  await expect(editor.getByLabel('First name')).toHaveValue('Demo', { timeout: 20_000 });
  const load = requests.find((r) => r.method() === 'GET' && r.url().endsWith('/user/demo/profile'));
  const token = /^Bearer (demo-.+)$/.exec((await load?.allHeaders())?.authorization ?? '')?.[1];
  expect(token, 'the profile was loaded with the token from init').toBeTruthy();
  return { editor, events, requests, token: token ?? '' };
}

const bearer = async (request: Request) => (await request.allHeaders()).authorization ?? '';

const ignoredCount = (page: Page) => page.frameLocator('iframe[title="Profile editor"]').locator('html');

test.describe('Embedding in a partner portal', () => {
  test('init loads the profile; editing emits dirty; saving from the portal emits saved (fields, no values)', async ({
    page,
  }) => {
    const { editor, events } = await openPortal(page);
    await expect(events.getByRole('listitem').first()).toHaveText('ready');

    await editor.getByLabel('First name').fill('Dana');
    await expect(events).toContainText('dirty {"dirty":true}');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(events).toContainText('saved {"provider":"camunda","fields":["firstName"]}');
    await expect(editor.getByRole('status')).toContainText('Saved');
    await expect(page.getByText('Unsaved changes: no')).toBeVisible();
    await expect(events).not.toContainText('Dana');
  });

  test('reset from the portal restores the loaded values', async ({ page }) => {
    const { editor } = await openPortal(page);
    await editor.getByLabel('Last name').fill('Changed');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(editor.getByLabel('Last name')).toHaveValue('Demo');
    await expect(page.getByText('Unsaved changes: no')).toBeVisible();
  });

  test('the iframe height follows the content, with no inner scrollbar', async ({ page }) => {
    const { editor } = await openPortal(page);
    const iframe = page.locator('iframe[title="Profile editor"]');
    const frameHeight = async () => (await iframe.boundingBox())?.height ?? 0;
    const contentHeight = () =>
      editor.locator('main').evaluate((main) => main.getBoundingClientRect().height);
    const innerOverflow = () =>
      editor.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);

    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThan(1.5);
    expect(await innerOverflow()).toBeLessThanOrEqual(0);
    const before = await frameHeight();

    // Saving with an invalid e-mail adds an alert and a field message: the content grows, and so must the frame.
    await editor.getByLabel('E-mail').fill('not-an-email');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('alert')).toContainText('correct the highlighted field');
    await expect.poll(frameHeight).toBeGreaterThan(before + 40);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThan(1.5);
    expect(await innerOverflow()).toBeLessThanOrEqual(0);
  });

  test('the theme from init (colour, font, radius) is applied to the primary button', async ({ page }) => {
    const { editor } = await openPortal(page);
    await editor.getByLabel('First name').fill('Themed');
    const save = editor.getByRole('button', { name: 'Save' });
    await expect(save).toBeEnabled();
    // src/embed/demo-host/host.ts sends primaryColor #0b7a75; the editor's own default is #1f5fbf.
    await expect(save).toHaveCSS('background-color', 'rgb(11, 122, 117)');
    await expect(save).toHaveCSS('font-family', /Trebuchet MS/);
    await expect(save).toHaveCSS('border-radius', '10px');
  });

  test('a page on another origin posting into the frame changes nothing', async ({ page }) => {
    const { editor, events, requests } = await openPortal(page);
    await editor.getByLabel('First name').fill('Mine');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    // hostile.html (not an allowed origin) posts token, reset, save and init into the editor frame.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.title = 'Hostile page';
      frame.src = src;
      document.body.append(frame);
    }, `${hostileOrigin}/hostile.html`);
    await expect(page.frameLocator('iframe[title="Hostile page"]').locator('#posted')).toHaveText('4');
    await expect(ignoredCount(page)).toHaveAttribute('data-embed-ignored', '4');

    await expect(editor.getByLabel('First name')).toHaveValue('Mine');
    await expect(editor.getByLabel('User id')).toHaveValue('demo');
    expect(requests.filter((r) => r.method() === 'PUT')).toEqual([]);
    expect(requests.some((r) => r.url().includes('/user/john/'))).toBe(false);
    await expect(events).not.toContainText('saved');
  });

  test('malformed messages from the portal are ignored, and valid ones still work', async ({ page }) => {
    const { editor, events, requests } = await openPortal(page);
    await editor.getByLabel('First name').fill('Kept');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    await page.evaluate((target) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Profile editor"]');
      const post = (message: unknown) => frame?.contentWindow?.postMessage(message, target);
      const envelope = { protocol: 'profile-editor', version: 1 };
      post('reset');
      post({ type: 'save' });
      post({ ...envelope, version: 2, type: 'save' });
      post({ ...envelope, type: 'save', fields: ['firstName'] });
      post({ ...envelope, type: 'init', provider: 'camunda', params: { userId: 'john' }, token: 42 });
      post({ ...envelope, type: 'reset', now: true });
    }, editorOrigin);
    await expect(ignoredCount(page)).toHaveAttribute('data-embed-ignored', '6');
    await expect(editor.getByLabel('First name')).toHaveValue('Kept');
    expect(requests.filter((r) => r.method() === 'PUT')).toEqual([]);
    expect(requests.some((r) => r.url().includes('/user/john/'))).toBe(false);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(events).toContainText('saved {"provider":"camunda","fields":["firstName"]}');
  });

  test('the token never appears in a URL or in storage; a new token is used from then on', async ({
    page,
  }) => {
    const { editor, events, requests, token } = await openPortal(page);
    await page.getByRole('button', { name: 'Send a new token' }).click();
    await editor.getByLabel('Last name').fill('Rotated');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(events).toContainText('saved');

    const put = requests.find((r) => r.method() === 'PUT' && r.url().endsWith('/user/demo/profile'));
    const next = /^Bearer (demo-.+)$/.exec((await put?.allHeaders())?.authorization ?? '')?.[1];
    expect(next).toBeTruthy();
    expect(next).not.toBe(token);

    const urls = requests.map((r) => r.url());
    expect(urls.length).toBeGreaterThan(3);
    for (const secret of [token, next ?? '']) {
      expect(urls.filter((url) => url.includes(secret))).toEqual([]);
      const stored = await editor
        .locator('html')
        .evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(stored).not.toContain(secret);
      await expect(events).not.toContainText(secret);
    }
  });

  test('a refused token asks the portal for a new one, and the editor retries with it', async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    // The sandbox scenario (passed on to the frame by the demo portal) refuses every credential with 401.
    await page.goto(`${portal}/?scenario=camunda:unauthorized`);
    const editor = page.frameLocator('iframe[title="Profile editor"]');
    const events = page.getByRole('list', { name: 'Events from the editor' });
    await expect(events).toContainText('error {"kind":"auth"', { timeout: 20_000 });
    await expect(events).toContainText('tokenExpired');
    await expect(editor.getByRole('alert')).toContainText('could not be loaded');

    const loads = () =>
      requests.filter((r) => r.method() === 'GET' && r.url().endsWith('/user/demo/profile'));
    await expect.poll(async () => new Set(await Promise.all(loads().map(bearer))).size).toBeGreaterThan(1);
  });

  test('the app refuses to be framed by an origin that is not allowed (CSP frame-ancestors)', async ({
    page,
    request,
  }) => {
    const response = await request.get(`${editorOrigin}/embed`);
    const policy = response.headers()['content-security-policy'];
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain(portal);
    expect(policy).not.toContain(hostileOrigin);

    // The demo portal served from the non-allowed origin: the browser blocks the editor frame.
    const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.goto(`${hostileOrigin}/`);
    await refused;
    await expect(
      page.getByRole('list', { name: 'Events from the editor' }).getByRole('listitem'),
    ).toHaveCount(0);
  });
});
