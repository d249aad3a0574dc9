// The editor's guards around unsaved changes: leaving asks first, Discard changes, the unsaved marker per tab,
// Cancel of a save; and Wise's contact details and stored values our stricter checks would not accept.
import { expect, test, type Page } from '@playwright/test';

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('leaving with unsaved changes asks first; the draft is there on return', async ({ page }) => {
  await page.goto('/camunda/demo');
  await field(page, 'First name').fill('Unsaved');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await page.getByRole('link', { name: 'Profile editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toContainText('stay on this device for 24 hours');
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/\/camunda\/demo$/);
  await expect(field(page, 'First name')).toHaveValue('Unsaved');

  await page.getByRole('link', { name: 'Profile editor' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'Edit your profile' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('status')).toContainText('Restored your unsaved changes');
  await expect(field(page, 'First name')).toHaveValue('Unsaved');

  // A reload asks the browser's own question (beforeunload) while changes are unsaved.
  // The value is then checked on the reloaded page, not on the one being left (the reload is awaited).
  const asked = page.waitForEvent('dialog');
  const reloaded = page.reload();
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.accept();
  await reloaded;
  await expect(field(page, 'First name')).toHaveValue('Unsaved');
});

test('Discard changes goes back to what is saved; a tab with unsaved changes says so', async ({ page }) => {
  await page.goto('/nexudus');
  await expect(field(page, 'Full name')).toHaveValue('Jane Doe');
  await field(page, 'Full name').fill('Janet Doe');
  await page.getByRole('tab', { name: 'Billing' }).click();
  await expect(page.getByRole('tab', { name: 'Personal information (unsaved changes)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Billing (unsaved changes)' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('tab', { name: 'Personal information (unsaved changes)' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Personal information' }).click();
  await expect(field(page, 'Full name')).toHaveValue('Jane Doe');
  await expect(page.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
});

test('Cancel stops a slow save before anything is written, and says so', async ({ page }) => {
  // Every sandbox answer takes 2 s: the save is still checking the profile when the user cancels.
  await page.goto('/camunda/demo?latency=2000');
  await expect(field(page, 'Last name')).toHaveValue('Demo', { timeout: 15_000 });
  await field(page, 'Last name').fill('Cancelled');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Progress shows next to Save (not announced); the outcome is said once, in the status region.
  await expect(page.locator('[data-save-status="saving"]')).toContainText('Checking your Camunda 7 profile');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Save cancelled: nothing was changed at Camunda 7');
  await expect(page.locator('[data-save-status="failed"]')).toContainText('Save cancelled');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await expect(field(page, 'Last name')).toHaveValue('Cancelled');
});

test.describe('Wise contact details', () => {
  test('the form shows and sends the profile’s contact details, never the account e-mail', async ({
    page,
  }) => {
    const puts: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.postDataJSON());
    });
    // The contract's own example profile: contact e-mail o.wilson@example.com, another e-mail on the account.
    await page.goto('/wise/14575299');
    await expect(field(page, 'E-mail')).toHaveValue('o.wilson@example.com');
    await expect(field(page, 'Phone number')).toHaveValue('+3725064992');
    await field(page, 'City').fill('Tempe');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      address: { city: 'Tempe' },
      contactDetails: { email: 'o.wilson@example.com', phoneNumber: '+3725064992' },
    });
    expect(JSON.stringify(puts[0])).not.toContain('account.example');
  });

  test('a phone Wise holds but our check rejects is flagged, and other changes still save', async ({
    page,
  }) => {
    await page.goto('/wise/14575301');
    const phone = field(page, 'Phone number');
    await expect(phone).toHaveValue('+47400000');
    await expect(phone).toHaveAccessibleDescription(/already on file, so it does not stop saving/);
    await field(page, 'City').fill('Bergen');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });
});
