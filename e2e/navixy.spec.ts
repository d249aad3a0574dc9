// Navixy through every layer, driven by the QA kit: legal type decides the fields, save and reload, what the request
// carries, the missing plugin, field errors from Navixy's code 7 and an ended session.
import { expect, test, type Editor } from './kit';

const UPDATE = { provider: 'navixy', path: '/user/personal_info/update' };

async function open(editor: Editor, query = {}) {
  await editor.open('navixy', {}, { query });
  await expect(editor.field('First name')).toHaveValue('John');
}

test.describe('Navixy personal info', () => {
  test('the legal type decides which fields exist', async ({ editor, page }) => {
    await open(editor);
    await expect(editor.field('Legal type')).toHaveValue('individual');
    // It sits in the business card (shown to everyone), not above the cards.
    const businessCard = editor.root
      .locator('.pe-group')
      .filter({ has: page.getByRole('heading', { name: 'Business details', exact: true }) });
    await expect(businessCard).toBeVisible();
    await expect(businessCard.getByRole('combobox', { name: 'Legal type' })).toBeVisible();
    const tin = editor.field('Taxpayer identification number (TIN)');
    const legalName = editor.field('Legal name');
    const kpp = editor.field('Industrial Enterprises Classifier (KPP)');
    const registeredCity = editor.field('City (registered)');
    await expect(editor.field('City (postal)')).toHaveValue('New York');
    for (const hidden of [tin, legalName, kpp, registeredCity, editor.field('OKPO code')]) {
      await expect(hidden).toBeHidden();
    }
    await expect(editor.root.getByRole('heading', { name: 'Registered address' })).toBeHidden();

    await editor.select('Legal type', 'Sole trader');
    await expect(editor.root.getByRole('heading', { name: 'Registered address' })).toBeVisible();
    await expect(tin).toHaveValue('2345678239');
    await expect(registeredCity).toBeVisible();
    await expect(editor.field('State registration number')).toBeVisible();
    await expect(legalName).toBeHidden();
    await expect(kpp).toBeHidden();

    await editor.select('Legal type', 'Legal entity');
    await expect(legalName).toHaveValue('QWER Inc.');
    await expect(kpp).toBeVisible();

    await editor.select('Legal type', 'Individual');
    await expect(tin).toBeHidden();
    await expect(legalName).toBeHidden();
    await expect(editor.root.getByRole('heading', { name: 'Registered address' })).toBeHidden();
  });

  test('save a legal entity; a reload shows the saved values and "not on file" fields stay empty', async ({
    editor,
    sandbox,
    page,
  }) => {
    await open(editor);
    await editor.select('Legal type', 'Legal entity');
    await editor.fill('Legal name', 'E. Biasi GmbH');
    await editor.fill('Phone', '+49 176 1234567');
    await editor.fill('OKPO code', '12345678');
    await editor.fill('City (registered)', 'Wiesbaden');
    expect((await editor.save()).kind).toBe('saved');
    const bodies = await sandbox.sentBodies(UPDATE);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      legal_type: 'legal_entity',
      legal_name: 'E. Biasi GmbH',
      phone: '491761234567',
      okpo_code: '12345678',
      registered_city: 'Wiesbaden',
      iec: '',
    });
    // Empty and never shown by Navixy: left out so Navixy keeps what it has.
    expect(bodies[0]).not.toHaveProperty('state_reg_num');

    await page.reload();
    await editor.ready();
    await expect(editor.field('Legal type')).toHaveValue('legal_entity');
    await expect(editor.field('Legal name')).toHaveValue('E. Biasi GmbH');
    await expect(editor.field('Phone')).toHaveValue('491761234567');
    await expect(editor.field('City (registered)')).toHaveValue('Wiesbaden');
    await expect(editor.field('OKPO code')).toHaveValue('');
    await expect(editor.field('OKPO code')).toHaveAccessibleDescription(/Not on file/);
  });

  test('hidden fields are not in the request body', async ({ editor, sandbox }) => {
    await open(editor);
    // Typed while a legal entity, then hidden again by going back to individual.
    await editor.select('Legal type', 'Legal entity');
    await editor.fill('OKPO code', '123');
    await editor.fill('Legal name', 'Not sent Ltd');
    await editor.select('Legal type', 'Individual');
    await editor.fill('First name', 'Jonathan');
    expect((await editor.save()).kind).toBe('saved');
    const [body, ...more] = await sandbox.sentBodies(UPDATE);
    expect(more).toEqual([]);
    expect(body).toMatchObject({ legal_type: 'individual', first_name: 'Jonathan' });
    expect(Object.keys(body ?? {}).sort()).toEqual(
      [
        'legal_type',
        'first_name',
        'middle_name',
        'last_name',
        'phone',
        'post_country',
        'post_index',
        'post_region',
        'post_city',
        'post_street_address',
      ].sort(),
    );
  });

  test('without plugin 45 the form explains why and is read-only', async ({ editor }) => {
    await editor.open('navixy', {}, { query: { scenario: 'navixy:no-plugin' } });
    await expect(editor.readOnlyNote).toContainText('does not include the personal-info feature');
    await expect(editor.field('First name')).toBeDisabled();
    await expect(editor.field('Legal type')).toBeDisabled();
    await expect(await editor.saveButton()).toBeDisabled();
  });

  test('a save answered with code 222 explains the missing plugin and makes the form read-only', async ({
    editor,
    sandbox,
  }) => {
    await open(editor);
    await editor.fill('Middle name', 'Typed');
    await sandbox.scenario('navixy', 'no-plugin');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('does not include the personal-info feature'),
    });
    await expect(editor.readOnlyNote).toContainText('does not include the personal-info feature');
    await expect(editor.field('Middle name')).toBeDisabled();
    await expect(editor.field('Middle name')).toHaveValue('Typed');
    await expect(await editor.saveButton()).toBeDisabled();
  });

  test("Navixy's code 7 lands on its field and keeps what was typed", async ({ editor, sandbox }) => {
    await sandbox.scenario('navixy', 'invalid-tin');
    await open(editor);
    await editor.select('Legal type', 'Sole trader');
    await editor.fill('Taxpayer identification number (TIN)', '0000000000');
    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('Navixy refused some of the values'),
      fields: [
        {
          field: 'Taxpayer identification number (TIN)',
          message: 'Is not a valid taxpayer identification number.',
        },
      ],
    });
    await expect(editor.field('Taxpayer identification number (TIN)')).toHaveValue('0000000000');
  });

  test('an invalid phone is refused before anything is sent', async ({ editor, sandbox }) => {
    await open(editor);
    await editor.fill('Phone', '1234567890123456');
    await editor.field('Phone').blur();
    await expect(editor.field('Phone')).toHaveAccessibleDescription(/up to 15 digits/);
    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('correct the highlighted field'),
    });
    expect(await sandbox.sentBodies(UPDATE)).toEqual([]);
  });

  test('an ended session (code 4) offers to sign in again, keeping the draft', async ({
    editor,
    sandbox,
  }) => {
    await open(editor);
    await editor.fill('Last name', 'Still here');
    await sandbox.scenario('navixy', 'session-expired');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('session has ended'),
    });
    await expect(editor.field('Last name')).toHaveValue('Still here');

    await sandbox.scenario('navixy', 'session-expired', false);
    await editor.signInAgain();
    expect((await editor.save()).kind).toBe('saved');
  });
});
