// Camunda 7 through every layer, driven by the QA kit: load, edit, validate, save, reload; failures keep what was
// typed; the app shell around it.
import { expect, test } from './kit';

const DEMO = { userId: 'demo' };

test.describe('Camunda profile', () => {
  test('edit and save a profile; the value survives a reload', async ({ editor, page }) => {
    await editor.open('camunda', DEMO);
    await expect(editor.field('First name')).toHaveValue('Demo');
    await expect(await editor.saveButton()).toBeDisabled();

    await editor.fill('First name', 'Daria');
    await editor.fill('E-mail', 'daria@example.com');
    expect(await editor.save()).toMatchObject({ kind: 'saved', message: expect.stringContaining('Saved') });
    await expect(await editor.saveButton()).toBeDisabled();

    await page.reload();
    await editor.ready();
    await expect(editor.field('First name')).toHaveValue('Daria');
    await expect(editor.field('E-mail')).toHaveValue('daria@example.com');
  });

  test('the user id is shown read-only with its reason', async ({ editor }) => {
    await editor.open('camunda', { userId: 'john' });
    await expect(editor.field('User id')).toHaveValue('john');
    await expect(editor.field('User id')).toBeDisabled();
    await expect(editor.field('User id')).toHaveAccessibleDescription(/cannot be changed/);
  });

  test('a server error says so and keeps the typed values', async ({ editor }) => {
    await editor.open('camunda', DEMO, { query: { fail: 'camunda:500' } });
    await editor.fill('Last name', 'Kept');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('server error'),
    });
    await expect(editor.field('Last name')).toHaveValue('Kept');
    await expect(await editor.saveButton()).toBeEnabled();
  });

  test('a dropped connection is repeated (the PUT is idempotent)', async ({ editor, sandbox }) => {
    await editor.open('camunda', DEMO);
    await sandbox.failNext('network');
    await editor.fill('First name', 'Again');
    expect((await editor.save()).kind).toBe('saved');
    expect(await sandbox.sentBodies({ method: 'PUT' })).toHaveLength(2);
  });

  test('a connection that stays down says so and keeps the typed values', async ({ editor, sandbox }) => {
    await editor.open('camunda', DEMO);
    await sandbox.failNext('network', { count: 3 });
    await editor.fill('First name', 'Offline');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('could not be reached'),
    });
    await expect(editor.field('First name')).toHaveValue('Offline');
  });

  test('a read-only identity service shows the form read-only with the reason', async ({
    editor,
    sandbox,
  }) => {
    await sandbox.scenario('camunda', 'read-only');
    await editor.open('camunda', DEMO);
    await expect(editor.readOnlyNote).toContainText('read-only');
    await expect(editor.field('First name')).toBeDisabled();
    await expect(await editor.saveButton()).toBeDisabled();
  });

  test('an invalid e-mail is shown next to the field and nothing is sent', async ({ editor, sandbox }) => {
    await editor.open('camunda', DEMO);
    await editor.fill('E-mail', 'not-an-email');
    await editor.field('E-mail').blur();
    await expect(editor.field('E-mail')).toHaveAccessibleDescription(/e-mail address such as/);
    const outcome = await editor.save();
    expect(outcome).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('correct the highlighted field'),
      fields: [{ field: 'E-mail', message: expect.stringContaining('e-mail address such as') }],
    });
    await expect(editor.field('E-mail')).toBeFocused();
    // Saving again with the same error is told apart from the first attempt too.
    expect((await editor.save()).kind).toBe('field-error');
    expect(await sandbox.requests({ method: 'PUT' })).toEqual([]);
  });

  test('an unknown user gets a clear message', async ({ editor }) => {
    await editor.open('camunda', { userId: 'nobody' });
    await expect(editor.alert).toContainText('User not found');
  });

  test('a session that ended offers to sign in again, keeping the draft', async ({ editor, sandbox }) => {
    await editor.open('camunda', DEMO);
    await editor.fill('First name', 'Still here');
    await sandbox.scenario('camunda', 'unauthorized');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('session has expired'),
    });
    await expect(editor.field('First name')).toHaveValue('Still here');

    await sandbox.scenario('camunda', 'unauthorized', false);
    await editor.signInAgain();
    expect((await editor.save()).kind).toBe('saved');
    // The ended session was refused at the re-read before the write: one PUT, with the new session.
    expect(await sandbox.sentBodies({ method: 'PUT' })).toEqual([
      { id: 'demo', firstName: 'Still here', lastName: 'Demo', email: 'demo@camunda.org' },
    ]);
  });

  test('the sandbox panel switches scenarios as a person would', async ({ editor, page }) => {
    await editor.open('camunda', DEMO);
    await editor.fill('First name', 'Panel');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /^Camunda refuses the sign-in/ }).check();
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('expired'),
    });
  });
});

test.describe('app shell', () => {
  test('the home page lists the providers; a provider with an id offers the sandbox profiles', async ({
    editor,
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Edit your profile' })).toBeVisible();
    await page.getByRole('link', { name: /Camunda 7/ }).click();
    await expect(page).toHaveURL(/\/camunda$/);
    await page
      .getByRole('navigation', { name: 'Sandbox profiles' })
      .getByRole('link', { name: 'mary' })
      .click();
    await expect(page).toHaveURL(/\/camunda\/mary$/);
    await editor.ready();
    await expect(editor.field('First name')).toHaveValue('Mary');
  });

  test('the kit opens the first sandbox profile when no id is given', async ({ editor, page }) => {
    await editor.open('camunda');
    await expect(page).toHaveURL(/\/camunda\/demo$/);
    await expect(editor.field('First name')).toHaveValue('Demo');
  });

  test('an unknown provider gets a helpful not-found page', async ({ page }) => {
    await page.goto('/acme/1');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('no provider called "acme"');
    await expect(page.getByRole('link', { name: 'Camunda 7' })).toHaveAttribute('href', '/camunda');
  });

  test('a provider route without its id asks for it', async ({ editor, page }) => {
    await page.goto('/camunda');
    await page.getByLabel('User id').fill('peter');
    await page.getByRole('button', { name: 'Open profile' }).click();
    await editor.ready();
    await expect(editor.field('First name')).toHaveValue('Peter');
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
