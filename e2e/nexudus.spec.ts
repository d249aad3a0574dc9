// Nexudus through every layer: per-section saves that PATCH only what changed, password rules on both sides,
// server field errors on their fields, notification toggles, the Markdown preview and an expired session.
import { expect, test, type Page } from '@playwright/test';

/** Collects the JSON bodies of the PATCH requests the page sends. */
function recordPatches(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') bodies.push(request.postDataJSON());
  });
  return bodies;
}

async function openSection(page: Page, name: string) {
  await page.goto('/nexudus');
  await expect(page.getByLabel('Full name')).toHaveValue('Jane Doe');
  await page.getByRole('tab', { name }).click();
}

test.describe('Nexudus profile', () => {
  test('changing one field PATCHes only that field, and it survives a reload', async ({ page }) => {
    const patches = recordPatches(page);
    await openSection(page, 'Personal information');
    const save = page.getByRole('button', { name: 'Save Personal information' });
    await expect(save).toBeDisabled();
    await page.getByLabel('Nickname').fill('JD');
    await save.click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(patches).toEqual([{ NickName: 'JD' }]);

    await page.reload();
    await expect(page.getByLabel('Nickname')).toHaveValue('JD');
  });

  test('mismatched new passwords are refused before any request', async ({ page }) => {
    const patches = recordPatches(page);
    await openSection(page, 'Credentials');
    await expect(page.getByText('To change your password, fill in all three fields.')).toBeVisible();
    await page.getByLabel('Current password', { exact: true }).fill('coworking1');
    await page.getByLabel('New password', { exact: true }).fill('newpass42');
    const repeat = page.getByLabel('Repeat new password', { exact: true });
    await repeat.fill('newpass43');
    await page.getByRole('button', { name: 'Save Credentials' }).click();
    await expect(page.getByRole('alert')).toContainText('correct the highlighted field');
    await expect(repeat).toHaveAccessibleDescription('The passwords do not match.');
    await expect(repeat).toBeFocused();
    expect(patches).toEqual([]);
  });

  test("the server's validation error shows on its field; a correct change clears the passwords", async ({
    page,
  }) => {
    await openSection(page, 'Credentials');
    const current = page.getByLabel('Current password', { exact: true });
    const next = page.getByLabel('New password', { exact: true });
    const repeat = page.getByLabel('Repeat new password', { exact: true });
    await current.fill('not-my-password');
    await next.fill('newpass42');
    await repeat.fill('newpass42');
    const save = page.getByRole('button', { name: 'Save Credentials' });
    await save.click();
    await expect(current).toHaveAccessibleDescription('The current password is not correct.');
    await expect(page.getByRole('alert')).toContainText('Nexudus did not accept the change');
    await expect(next).toHaveValue('newpass42');

    await current.fill('coworking1');
    await save.click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(current).toHaveValue('');
    await expect(next).toHaveValue('');
    await expect(repeat).toHaveValue('');
  });

  test('notification toggles save and survive a reload', async ({ page }) => {
    const patches = recordPatches(page);
    await openSection(page, 'Notification preferences');
    const wallPosts = page.getByLabel('Community board posts');
    const helpDesk = page.getByLabel('Help desk replies');
    await expect(wallPosts).not.toBeChecked();
    await expect(helpDesk).toBeChecked();
    await wallPosts.check();
    await helpDesk.uncheck();
    await page.getByRole('button', { name: 'Save Notification preferences' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(patches).toEqual([{ OnHelpDeskMsg: false, OnNewWallPost: true }]);

    await openSection(page, 'Notification preferences');
    await expect(page.getByLabel('Community board posts')).toBeChecked();
    await expect(page.getByLabel('Help desk replies')).not.toBeChecked();
  });

  test('the profile summary is Markdown with a formatted preview', async ({ page }) => {
    await openSection(page, 'Professional profile');
    await page.getByLabel('Profile summary').fill('Hello **world**\n\n- one\n- two');
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview of Profile summary' });
    await expect(preview.locator('strong')).toHaveText('world');
    await expect(preview.getByRole('listitem')).toHaveText(['one', 'two']);
    await expect(preview).not.toContainText('**');
  });

  test('a social address that is neither a URL nor an allowed handle is refused on its field', async ({
    page,
  }) => {
    const patches = recordPatches(page);
    await openSection(page, 'Social media');
    const linkedin = page.getByLabel('LinkedIn');
    await linkedin.fill('jane');
    await page.getByRole('button', { name: 'Save Social media' }).click();
    await expect(linkedin).toHaveAccessibleDescription(
      /full web address such as https:\/\/www\.linkedin\.com/,
    );
    expect(patches).toEqual([]);
  });

  test('an expired session says so and keeps what was typed', async ({ page }) => {
    await openSection(page, 'Professional profile');
    await page.getByLabel('Position').fill('Still here');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    const expired = page.getByRole('checkbox', { name: /unauthorized: The bearer token has expired/ });
    await expired.check();
    await page.getByRole('button', { name: 'Save Professional profile' }).click();
    await expect(page.getByRole('alert')).toContainText('Your session has expired');
    await expect(page.getByLabel('Position')).toHaveValue('Still here');

    await expired.uncheck();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Save Professional profile' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });
});
