// One person's data never reaches another's session: a second `init` for another user (embedded) and a sign-in
// with another person's token (standalone) show only the new person's profile and send only their data and token;
// a fresh token for the same person keeps what they typed. Live mode against a fake partner proxy (page.route).
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const editorOrigin = `http://127.0.0.1:${port}`;
const portal = `http://127.0.0.1:${Number(process.env.E2E_EMBED_PORT ?? port + 10)}`;

interface Seen {
  method: string;
  url: string;
  auth: string;
  body: string;
}

const people: Record<string, Record<string, string>> = {
  ALICE: { first_name: 'Alice', last_name: 'Anders', phone: '4917611111111' },
  BOB: { first_name: 'Bob', last_name: 'Builder', phone: '4917622222222' },
};
const address = {
  legal_type: 'individual',
  post_country: 'Germany',
  post_index: '10115',
  post_region: 'Berlin',
  post_city: 'Berlin',
  post_street_address: 'Chausseestr. 1',
};

/** Live mode with Navixy behind a fake proxy that knows Alice and Bob by their session hash. */
async function liveNavixy(page: Page, { expired = [] as string[] } = {}) {
  const seen: Seen[] = [];
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        mode: 'live',
        providers: { navixy: { baseUrl: `${editorOrigin}/proxy/navixy` } },
        embed: { allowedOrigins: [portal] },
      },
    }),
  );
  await page.route('**/proxy/navixy/**', async (route) => {
    const request = route.request();
    const auth = (await request.headerValue('authorization')) ?? '';
    seen.push({ method: request.method(), url: request.url(), auth, body: request.postData() ?? '' });
    const hash = auth.replace(/^NVX /, '');
    const person = people[hash] ?? { first_name: 'Demo', last_name: 'Portal' };
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/plugin/list')) return route.fulfill({ json: { success: true, list: [{ id: 45 }] } });
    if (path.endsWith('/user/get_info')) {
      return route.fulfill({ json: { success: true, user_info: { ...address, ...person } } });
    }
    if (expired.includes(hash)) {
      return route.fulfill({
        status: 400,
        json: {
          success: false,
          status: { code: 4, description: 'User or API key not found or session ended' },
        },
      });
    }
    return route.fulfill({ json: { success: true } });
  });
  return seen;
}

const updates = (seen: Seen[]) => seen.filter((r) => r.url.endsWith('/user/personal_info/update'));

test('a second init for another user shows and saves only that user’s data, with that user’s token', async ({
  page,
}) => {
  const seen = await liveNavixy(page);
  await page.goto(`${portal}/?provider=navixy`);
  const editor = page.frameLocator('iframe[title="Profile editor"]');
  await expect(editor.getByLabel('First name')).toHaveValue('Demo', { timeout: 20_000 });
  const init = (token: string) =>
    page.evaluate(
      ([token, origin]) =>
        document
          .querySelector<HTMLIFrameElement>('iframe[title="Profile editor"]')
          ?.contentWindow?.postMessage(
            { protocol: 'profile-editor', version: 1, type: 'init', provider: 'navixy', token },
            origin,
          ),
      [token, editorOrigin] as const,
    );

  await init('ALICE');
  await expect(editor.getByLabel('First name')).toHaveValue('Alice');
  await editor.getByLabel('Last name').fill('Typed-for-Alice');
  await expect(page.getByText('Unsaved changes: yes')).toBeVisible();

  await init('BOB');
  await expect(editor.getByLabel('First name')).toHaveValue('Bob');
  await expect(editor.getByLabel('Last name')).toHaveValue('Builder');
  const bobFrom = seen.findIndex((r) => r.auth === 'NVX BOB');
  expect(bobFrom).toBeGreaterThan(-1);

  await editor.getByLabel('Middle name').fill('the');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Saved');

  const [update, ...more] = updates(seen);
  expect(more).toEqual([]);
  expect(update?.auth).toBe('NVX BOB');
  expect(JSON.parse(update?.body ?? '{}')).toMatchObject({
    first_name: 'Bob',
    middle_name: 'the',
    last_name: 'Builder',
    phone: '4917622222222',
  });
  expect(update?.body).not.toMatch(/Alice|Anders|Typed-for-Alice|4917611111111/);
  // From Bob's init on, nothing went out with Alice's token.
  expect(seen.slice(bobFrom).every((r) => r.auth === 'NVX BOB')).toBe(true);
});

test('standalone: signing in again with another person’s token starts afresh and sends only their data', async ({
  page,
}) => {
  const seen = await liveNavixy(page, { expired: ['ALICE'] });
  await page.goto('/navixy#token=ALICE');
  await expect(page.getByLabel('First name')).toHaveValue('Alice');
  await page.getByLabel('Last name').fill('Typed-for-Alice');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in again' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await dialog.getByLabel('Access token').fill('BOB');
  await dialog.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'started afresh' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Bob');
  await expect(page.getByLabel('Last name')).toHaveValue('Builder');
  await page.getByLabel('Middle name').fill('the');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Your Navixy profile' })).toBeVisible();

  const bobUpdates = updates(seen).filter((r) => r.auth === 'NVX BOB');
  expect(bobUpdates).toHaveLength(1);
  expect(bobUpdates[0]?.body).toContain('"first_name":"Bob"');
  expect(bobUpdates[0]?.body).not.toMatch(/Alice|Anders|Typed-for-Alice/);
});

test('standalone: a fresh token for the same person keeps the draft; credentials echoed by the proxy are redacted', async ({
  page,
}) => {
  const proxy = `${editorOrigin}/proxy/engine-rest`;
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { mode: 'live', providers: { camunda: { baseUrl: proxy } } } }),
  );
  const puts: Seen[] = [];
  const first = btoa('ana:first-password');
  await page.route('**/proxy/engine-rest/**', async (route) => {
    const request = route.request();
    const auth = (await request.headerValue('authorization')) ?? '';
    if (request.method() === 'OPTIONS') return route.fulfill({ json: { links: [{ rel: 'update' }] } });
    if (request.method() === 'GET') {
      return route.fulfill({ json: { id: 'ana', firstName: 'Ana', lastName: 'Live', email: null } });
    }
    puts.push({ method: 'PUT', url: request.url(), auth, body: request.postData() ?? '' });
    if (puts.length <= 3) {
      // A proxy that echoes what it was sent: the Basic credential must never reach the screen. (The first save is
      // three PUTs: the editor repeats Camunda's idempotent PUT twice after a server error.)
      return route.fulfill({ status: 500, json: { message: `upstream refused Authorization: ${auth}` } });
    }
    if (auth === `Basic ${first}`) return route.fulfill({ status: 401, json: { message: 'expired' } });
    return route.fulfill({ status: 204 });
  });

  await page.goto('/camunda/ana#token=ana:first-password');
  await expect(page.getByLabel('First name')).toHaveValue('Ana');
  await page.getByLabel('Last name').fill('Typed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The failure is told next to Save (with the provider's details for support).
  const alert = page.locator('[data-save-bar]').filter({ hasText: 'server error' });
  await expect(alert).toContainText('upstream refused Authorization: [redacted]');
  await expect(page.locator('body')).not.toContainText(first);
  await expect(page.locator('body')).not.toContainText('first-password');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in again' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await dialog.getByLabel('Access token').fill('ana:second-password');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Last name')).toHaveValue('Typed');
  await expect(page.getByText('started afresh')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(puts.at(-1)?.auth).toBe(`Basic ${btoa('ana:second-password')}`);
  expect(JSON.parse(puts.at(-1)?.body ?? '{}')).toMatchObject({ id: 'ana', lastName: 'Typed' });
});
