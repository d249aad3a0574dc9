// Nexudus through every layer, driven by the QA kit: per-section saves that PATCH only what changed, password rules
// on both sides, server field errors on their fields, notification toggles, the Markdown preview and an expired
// session.
import { expect, test, type Editor } from './kit';

const PATCHES = { provider: 'nexudus', method: 'PATCH' };

async function openSection(editor: Editor, name: string) {
  await editor.open('nexudus');
  await expect(editor.field('Full name')).toHaveValue('Jane Doe');
  await editor.section(name);
}

test.describe('Nexudus profile', () => {
  test('changing one field PATCHes only that field, and it survives a reload', async ({
    editor,
    sandbox,
    page,
  }) => {
    await openSection(editor, 'Personal information');
    await expect(await editor.saveButton('Personal information')).toBeDisabled();
    await editor.fill('Nickname', 'JD');
    expect((await editor.save({ section: 'Personal information' })).kind).toBe('saved');
    expect(await sandbox.sentBodies(PATCHES)).toEqual([{ NickName: 'JD' }]);

    await page.reload();
    await editor.ready();
    await expect(editor.field('Nickname')).toHaveValue('JD');
  });

  test('mismatched new passwords are refused before any request', async ({ editor, sandbox }) => {
    await openSection(editor, 'Credentials');
    await expect(editor.root.getByText('To change your password, fill in all three fields.')).toBeVisible();
    await editor.fill('Current password', 'coworking1');
    await editor.fill('New password', 'newpass42');
    await editor.fill('Repeat new password', 'newpass43');
    expect(await editor.save({ section: 'Credentials' })).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('correct the highlighted field'),
      fields: [{ field: 'Repeat new password', message: 'The passwords do not match.' }],
    });
    await expect(editor.field('Repeat new password')).toBeFocused();
    expect(await sandbox.sentBodies(PATCHES)).toEqual([]);
  });

  test("the server's validation error shows on its field; a correct change clears the passwords", async ({
    editor,
    sandbox,
  }) => {
    await openSection(editor, 'Credentials');
    await editor.fill('Current password', 'not-my-password');
    await editor.fill('New password', 'newpass42');
    await editor.fill('Repeat new password', 'newpass42');
    expect(await editor.save({ section: 'Credentials' })).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('Nexudus did not accept the change'),
      fields: [{ field: 'Current password', message: 'The current password is not correct.' }],
    });
    await expect(editor.field('New password')).toHaveValue('newpass42');

    await editor.fill('Current password', 'coworking1');
    expect((await editor.save({ section: 'Credentials' })).kind).toBe('saved');
    for (const label of ['Current password', 'New password', 'Repeat new password']) {
      await expect(editor.field(label)).toHaveValue('');
    }
    // What the editor sent is logged with the passwords redacted.
    const sent = JSON.stringify(await sandbox.requests(PATCHES));
    expect(sent).toContain('[redacted]');
    expect(sent).not.toContain('newpass42');
    expect(sent).not.toContain('coworking1');
  });

  test('notification toggles save and survive a reload', async ({ editor, sandbox }) => {
    await openSection(editor, 'Notification preferences');
    expect(await editor.checked('Community board posts')).toBe(false);
    expect(await editor.checked('Help desk replies')).toBe(true);
    await editor.check('Community board posts');
    await editor.check('Help desk replies', false);
    expect((await editor.save({ section: 'Notification preferences' })).kind).toBe('saved');
    expect(await sandbox.sentBodies(PATCHES)).toEqual([{ OnHelpDeskMsg: false, OnNewWallPost: true }]);

    await openSection(editor, 'Notification preferences');
    await expect(editor.field('Community board posts')).toBeChecked();
    await expect(editor.field('Help desk replies')).not.toBeChecked();
  });

  test('the profile summary is Markdown with a formatted preview', async ({ editor }) => {
    await openSection(editor, 'Professional profile');
    await editor.fill('Profile summary', 'Hello **world**\n\n- one\n- two');
    await editor.root.getByRole('tab', { name: 'Preview' }).click();
    const preview = editor.root.getByRole('region', { name: 'Preview of Profile summary' });
    await expect(preview.locator('strong')).toHaveText('world');
    await expect(preview.getByRole('listitem')).toHaveText(['one', 'two']);
    await expect(preview).not.toContainText('**');
  });

  test('a social address that is neither a URL nor an allowed handle is refused on its field', async ({
    editor,
    sandbox,
  }) => {
    await openSection(editor, 'Social media');
    await editor.fill('LinkedIn', 'jane');
    expect(await editor.save({ section: 'Social media' })).toMatchObject({
      kind: 'field-error',
      fields: [
        {
          field: 'LinkedIn',
          message: expect.stringMatching(/full web address such as https:\/\/www\.linkedin\.com/),
        },
      ],
    });
    expect(await sandbox.sentBodies(PATCHES)).toEqual([]);
  });

  test('an expired session says so and keeps what was typed', async ({ editor, sandbox }) => {
    await openSection(editor, 'Professional profile');
    await editor.fill('Position', 'Still here');
    await sandbox.scenario('nexudus', 'unauthorized');
    expect(await editor.save({ section: 'Professional profile' })).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('Your session has expired'),
    });
    await expect(editor.field('Position')).toHaveValue('Still here');

    await sandbox.scenario('nexudus', 'unauthorized', false);
    await editor.signInAgain();
    expect((await editor.save({ section: 'Professional profile' })).kind).toBe('saved');
  });
});
