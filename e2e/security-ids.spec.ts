// Ids are data, not paths: decoded once, dot segments and empty ids refused with a clear message, a malformed
// escape is a not-found page (never a crash), and no request leaves the user's own resource.
import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const editorOrigin = `http://127.0.0.1:${port}`;
const portal = `http://127.0.0.1:${Number(process.env.E2E_EMBED_PORT ?? port + 10)}`;
const CAMUNDA = 'http://localhost:8080/engine-rest';

test('/camunda/%252e%252e is the user "%2e%2e": no request outside /user/…', async ({ page }) => {
  const camunda: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(CAMUNDA)) camunda.push(`${request.method()} ${request.url()}`);
  });
  await page.goto('/camunda/%252e%252e');
  await expect(page.getByRole('alert')).toContainText('does not exist');
  expect(camunda.length).toBeGreaterThan(0);
  for (const request of camunda)
    expect(request).toMatch(/ http:\/\/localhost:8080\/engine-rest\/user\/%252e%252e(\/|$)/);
});

test('a malformed escape is a not-found page, and a dot-segment id is refused with a clear message', async ({
  page,
}) => {
  // "%25" is the id "%" (decoded once): a user the sandbox does not have, not a crash.
  await page.goto('/camunda/%25');
  await expect(page.getByRole('alert')).toContainText('does not exist');
  await page.goto('/camunda/%zz');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('malformed % escape');
  // Browsers resolve "/wise/%2e" to "/wise/" themselves; a dot id typed into the form is refused there.
  await page.goto('/wise');
  const profileId = page.getByLabel('Profile id');
  await profileId.fill('..');
  await expect(profileId).toHaveAccessibleDescription('".." is not a valid profile id.');
  await page.getByRole('button', { name: 'Open profile' }).click();
  await expect(page).toHaveURL(/\/wise$/);
});

test('init with profileId ".." is a protocol error and sends no request', async ({ page }) => {
  const camunda: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(CAMUNDA)) camunda.push(request.url());
  });
  await page.goto(portal);
  const editor = page.frameLocator('iframe[title="Profile editor"]');
  await expect(editor.getByLabel('First name')).toHaveValue('Demo', { timeout: 20_000 });
  const before = camunda.length;
  await page.evaluate(
    (origin) =>
      document.querySelector<HTMLIFrameElement>('iframe[title="Profile editor"]')?.contentWindow?.postMessage(
        {
          protocol: 'profile-editor',
          version: 1,
          type: 'init',
          provider: 'camunda',
          profileId: '..',
          token: 't',
        },
        origin,
      ),
    editorOrigin,
  );
  await expect(editor.getByRole('alert')).toContainText('".." is not a valid userId');
  await expect(page.getByRole('list', { name: 'Events from the editor' })).toContainText(
    'error {"kind":"protocol"',
  );
  expect(camunda.slice(before)).toEqual([]);
});
