// Camunda 7 through every layer: load, edit, validate, save, reload; failures keep what was typed.
import { expect, test } from '@playwright/test';

test.describe('Camunda profile', () => {
  test('edit and save a profile; the value survives a reload', async ({ page }) => {
    await page.goto('/camunda/demo');
    const firstName = page.getByLabel('First name');
    await expect(firstName).toHaveValue('Demo');
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeDisabled();

    await firstName.fill('Daria');
    await page.getByLabel('E-mail').fill('daria@example.com');
    await save.click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(save).toBeDisabled();

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Daria');
    await expect(page.getByLabel('E-mail')).toHaveValue('daria@example.com');
  });

  test('the user id is shown read-only with its reason', async ({ page }) => {
    await page.goto('/camunda/john');
    const id = page.getByLabel('User id');
    await expect(id).toHaveValue('john');
    await expect(id).toBeDisabled();
  });

  test('a server error says so and keeps the typed values', async ({ page }) => {
    await page.goto('/camunda/demo?fail=camunda:500');
    await page.getByLabel('Last name').fill('Kept');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('server error');
    await expect(page.getByLabel('Last name')).toHaveValue('Kept');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  test('a dropped connection says so and keeps the typed values', async ({ page }) => {
    await page.goto('/camunda/demo?fail=camunda:network');
    await page.getByLabel('First name').fill('Offline');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('could not be reached');
    await expect(page.getByLabel('First name')).toHaveValue('Offline');
  });

  test('a read-only identity service shows the form read-only with the reason', async ({ page }) => {
    await page.goto('/camunda/demo?scenario=camunda:read-only');
    await expect(page.getByRole('note', { name: 'Read-only' })).toContainText('read-only');
    await expect(page.getByLabel('First name')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('an invalid e-mail is shown next to the field and nothing is sent', async ({ page }) => {
    await page.goto('/camunda/demo');
    await expect(page.getByLabel('First name')).toHaveValue('Demo');
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.url());
    });
    const email = page.getByLabel('E-mail');
    await email.fill('not-an-email');
    await email.blur();
    await expect(email).toHaveAccessibleDescription(/e-mail address such as/);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('correct the highlighted field');
    await expect(email).toBeFocused();
    expect(puts).toEqual([]);
  });

  test('an unknown user gets a clear message', async ({ page }) => {
    await page.goto('/camunda/nobody');
    await expect(page.getByRole('alert')).toContainText('User not found');
  });

  test('a session that ended offers to sign in again, keeping the draft', async ({ page }) => {
    await page.goto('/camunda/demo');
    await page.getByLabel('First name').fill('Still here');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /^unauthorized: Authentication is on/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('session has expired');
    await expect(page.getByLabel('First name')).toHaveValue('Still here');

    await page.getByRole('checkbox', { name: /^unauthorized: Authentication is on/ }).uncheck();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });
});

test.describe('app shell', () => {
  test('the home page lists the providers', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Edit your profile' })).toBeVisible();
    await page.getByRole('link', { name: /Camunda 7/ }).click();
    await expect(page).toHaveURL(/\/camunda\/demo$/);
  });

  test('an unknown provider gets a helpful not-found page', async ({ page }) => {
    await page.goto('/acme/1');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('no provider called "acme"');
  });

  test('a provider route without its id asks for it', async ({ page }) => {
    await page.goto('/camunda');
    await page.getByLabel('User id').fill('mary');
    await page.getByRole('button', { name: 'Open profile' }).click();
    await expect(page.getByLabel('First name')).toHaveValue('Mary');
  });

  test('a malformed config.json shows a readable error page', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ mode: 'production', providers: {} }),
      }),
    );
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'The profile editor could not start' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('the field "mode" is not valid');
  });

  test('a missing config.json says so', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('config.json is missing');
  });
});
