// The editor embedded in a partner portal on another origin, driven by the QA kit's portal: the postMessage
// protocol, resizing, theme, and the security rules (allowlist, malformed messages, tokens never in URLs).
import { expect, test, type Portal } from './kit';
import type { Page, Request } from '@playwright/test';

/** The Authorization header of every request the page (and its frames) sent, as the browser saw it. */
function bearers(page: Page) {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  const of = async (filter: (request: Request) => boolean) =>
    Promise.all(requests.filter(filter).map(async (r) => (await r.allHeaders()).authorization ?? ''));
  return { requests, of };
}

const profileLoad = (request: Request) =>
  request.method() === 'GET' && request.url().endsWith('/user/demo/profile');
const ignoredCount = (portal: Portal) => portal.editor.root.locator('html');

test.describe('Embedding in a partner portal', () => {
  test('init loads the profile; editing emits dirty; saving from the portal emits saved (fields, no values)', async ({
    portal,
    page,
  }) => {
    const editor = await portal.open({ provider: 'camunda' });
    expect((await portal.events())[0]).toEqual({ type: 'ready' });
    await expect(editor.field('First name')).toHaveValue('Demo');

    await editor.fill('First name', 'Dana');
    await portal.waitFor('dirty', { where: (event) => event.dirty });
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    expect(await portal.save()).toEqual({ type: 'saved', provider: 'camunda', fields: ['firstName'] });
    await expect(editor.status).toContainText('Saved');
    await expect(page.getByText('Unsaved changes: no')).toBeVisible();
    expect(JSON.stringify(await portal.events())).not.toContain('Dana');
    await expect(portal.eventLog).not.toContainText('Dana');
  });

  test("the editor's own Save emits saved too", async ({ portal }) => {
    const editor = await portal.open({ provider: 'camunda', params: { userId: 'john' } });
    await expect(editor.field('First name')).toHaveValue('John');
    await editor.fill('Last name', 'Doe-Smith');
    expect((await editor.save()).kind).toBe('saved');
    expect(await portal.waitFor('saved')).toEqual({
      type: 'saved',
      provider: 'camunda',
      fields: ['lastName'],
    });
  });

  test('reset from the portal restores the loaded values', async ({ portal, page }) => {
    const editor = await portal.open({ provider: 'camunda' });
    await editor.fill('Last name', 'Changed');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();
    await portal.reset();
    await expect(editor.field('Last name')).toHaveValue('Demo');
    await expect(page.getByText('Unsaved changes: no')).toBeVisible();
  });

  test('the iframe height follows the content, with no inner scrollbar', async ({ portal }) => {
    const editor = await portal.open({ provider: 'camunda' });
    const frameHeight = async () => (await portal.frame.boundingBox())?.height ?? 0;
    const contentHeight = () =>
      editor.root.locator('main').evaluate((main) => main.getBoundingClientRect().height);
    const innerOverflow = () =>
      editor.root.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);

    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThan(1.5);
    expect(await innerOverflow()).toBeLessThanOrEqual(0);
    const before = await frameHeight();

    // Saving with an invalid e-mail adds an alert and a field message: the content grows, and so must the frame.
    await editor.fill('E-mail', 'not-an-email');
    expect((await editor.save()).kind).toBe('field-error');
    await expect.poll(frameHeight).toBeGreaterThan(before + 40);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBeLessThan(1.5);
    expect(await innerOverflow()).toBeLessThanOrEqual(0);
    const resize = await portal.waitFor('resize', { where: (event) => event.height > before + 40 });
    expect(resize.height).toBeGreaterThan(before + 40);
  });

  test('the theme from init (colour, font, radius) is applied to the primary button', async ({ portal }) => {
    const editor = await portal.open({ provider: 'camunda' });
    await editor.fill('First name', 'Themed');
    const save = await editor.saveButton();
    await expect(save).toBeEnabled();
    // src/embed/demo-host/host.ts sends primaryColor #0b7a75; the editor's own default is #1f5fbf.
    await expect(save).toHaveCSS('background-color', 'rgb(11, 122, 117)');
    await expect(save).toHaveCSS('font-family', /Trebuchet MS/);
    await expect(save).toHaveCSS('border-radius', '10px');
  });

  test('a page on another origin posting into the frame changes nothing', async ({
    portal,
    sandbox,
    page,
  }) => {
    const editor = await portal.open({ provider: 'camunda' });
    await editor.fill('First name', 'Mine');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    // hostile.html (the portal's server under another name: not an allowed origin) posts token, reset, save and init.
    const hostile = new URL(page.url());
    hostile.hostname = 'localhost';
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.title = 'Hostile page';
      frame.src = src;
      document.body.append(frame);
    }, new URL('/hostile.html', hostile).href);
    await expect(page.frameLocator('iframe[title="Hostile page"]').locator('#posted')).toHaveText('4');
    await expect(ignoredCount(portal)).toHaveAttribute('data-embed-ignored', '4');

    await expect(editor.field('First name')).toHaveValue('Mine');
    await expect(editor.field('User id')).toHaveValue('demo');
    expect(await sandbox.requests({ method: 'PUT' })).toEqual([]);
    expect(await sandbox.requests({ path: /\/user\/john\// })).toEqual([]);
    expect((await portal.events()).map((event) => event.type)).not.toContain('saved');
  });

  test('malformed messages from the portal are ignored, and valid ones still work', async ({
    portal,
    sandbox,
    page,
  }) => {
    const editor = await portal.open({ provider: 'camunda' });
    await editor.fill('First name', 'Kept');
    await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

    const editorOrigin = new URL((await portal.frame.getAttribute('src')) ?? '').origin;
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
    await expect(ignoredCount(portal)).toHaveAttribute('data-embed-ignored', '6');
    await expect(editor.field('First name')).toHaveValue('Kept');
    expect(await sandbox.requests({ method: 'PUT' })).toEqual([]);
    expect(await sandbox.requests({ path: /\/user\/john\// })).toEqual([]);

    expect(await portal.save()).toEqual({ type: 'saved', provider: 'camunda', fields: ['firstName'] });
  });

  test('an init for an unknown provider is answered with a protocol error', async ({ portal }) => {
    await portal.open({ provider: 'camunda' });
    const since = await portal.eventCount();
    await portal.send({ type: 'init', provider: 'acme', token: 'kit-token-for-acme' });
    const error = await portal.waitFor('error', { since });
    expect(error).toMatchObject({
      kind: 'protocol',
      message: expect.stringContaining('no provider called "acme"'),
    });
  });

  test('the token never appears in a URL or in storage; a new token is used from then on', async ({
    portal,
    page,
  }) => {
    const seen = bearers(page);
    const editor = await portal.open({ provider: 'camunda' });
    const [first] = await seen.of(profileLoad);
    const token = /^Bearer (demo-.+)$/.exec(first ?? '')?.[1] ?? '';
    expect(token, 'the profile was loaded with the token from init').toBeTruthy();

    const next = await portal.sendToken();
    await editor.fill('Last name', 'Rotated');
    expect((await portal.save()).type).toBe('saved');
    expect(await seen.of((r) => r.method() === 'PUT')).toEqual([`Bearer ${next}`]);

    const urls = seen.requests.map((r) => r.url());
    expect(urls.length).toBeGreaterThan(3);
    const stored = await editor.root
      .locator('html')
      .evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    const events = JSON.stringify(await portal.events());
    for (const secret of [token, next]) {
      expect(urls.filter((url) => url.includes(secret))).toEqual([]);
      expect(stored).not.toContain(secret);
      expect(events).not.toContain(secret);
    }
  });

  test('a refused token asks the portal for a new one, and the editor retries with it', async ({
    portal,
    page,
  }) => {
    const seen = bearers(page);
    // The sandbox scenario (passed on to the frame by the demo portal) refuses every credential with 401.
    const editor = await portal.open({ provider: 'camunda', query: { scenario: 'camunda:unauthorized' } });
    expect(await portal.waitFor('error')).toMatchObject({ kind: 'auth' });
    await portal.waitFor('tokenExpired');
    await expect(editor.alert).toContainText('could not be loaded');
    await expect.poll(async () => new Set(await seen.of(profileLoad)).size).toBeGreaterThan(1);
  });

  test('the app refuses to be framed by an origin that is not allowed (CSP frame-ancestors)', async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await request.get(`${baseURL}/embed`);
    const policy = response.headers()['content-security-policy'];
    expect(policy).toContain("frame-ancestors 'self'");
    const editorPort = Number(new URL(baseURL ?? '').port);
    const portal = `http://127.0.0.1:${Number(process.env.E2E_EMBED_PORT ?? editorPort + 10)}`;
    const hostile = portal.replace('127.0.0.1', 'localhost');
    expect(policy).toContain(portal);
    expect(policy).not.toContain(hostile);

    // The demo portal served from the non-allowed origin: the browser blocks the editor frame.
    const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.goto(`${hostile}/`);
    await refused;
    await expect(
      page.getByRole('list', { name: 'Events from the editor' }).getByRole('listitem'),
    ).toHaveCount(0);
  });
});
