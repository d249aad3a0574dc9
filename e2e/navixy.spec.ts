// Navixy through every layer: legal type decides the fields, save and reload, what the request carries,
// the missing plugin, field errors from Navixy's code 7 and an ended session.
import { expect, test, type Page, type Request } from '@playwright/test';

const UPDATE = '/user/personal_info/update';

/** Collects the bodies of personal_info/update requests the page sends. */
function updateBodies(page: Page): Array<Record<string, unknown>> {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && request.url().endsWith(UPDATE)) {
      bodies.push(request.postDataJSON() as Record<string, unknown>);
    }
  });
  return bodies;
}

async function open(page: Page, query = '') {
  await page.goto(`/navixy${query}`);
  await expect(page.getByLabel('First name')).toHaveValue('John');
}

test.describe('Navixy personal info', () => {
  test('the legal type decides which fields exist', async ({ page }) => {
    await open(page);
    const legalType = page.getByLabel('Legal type');
    await expect(legalType).toHaveValue('individual');
    const tin = page.getByLabel('Taxpayer identification number (TIN)');
    const legalName = page.getByLabel('Legal name');
    const kpp = page.getByLabel('Industrial Enterprises Classifier (KPP)');
    const registeredCity = page.getByLabel('City (registered)');
    await expect(page.getByLabel('City (postal)')).toHaveValue('New York');
    for (const hidden of [tin, legalName, kpp, registeredCity, page.getByLabel('OKPO code')]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.getByRole('heading', { name: 'Registered address' })).toBeHidden();

    await legalType.selectOption('sole_trader');
    await expect(tin).toHaveValue('2345678239');
    await expect(registeredCity).toBeVisible();
    await expect(page.getByLabel('State registration number')).toBeVisible();
    await expect(legalName).toBeHidden();
    await expect(kpp).toBeHidden();

    await legalType.selectOption('legal_entity');
    await expect(legalName).toHaveValue('QWER Inc.');
    await expect(kpp).toBeVisible();

    await legalType.selectOption('individual');
    await expect(tin).toBeHidden();
    await expect(legalName).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Registered address' })).toBeHidden();
  });

  test('save a legal entity; a reload shows the saved values and "not on file" fields stay empty', async ({
    page,
  }) => {
    await open(page);
    const bodies = updateBodies(page);
    await page.getByLabel('Legal type').selectOption('legal_entity');
    await page.getByLabel('Legal name').fill('E. Biasi GmbH');
    await page.getByLabel('Phone').fill('+49 176 1234567');
    await page.getByLabel('OKPO code').fill('12345678');
    await page.getByLabel('City (registered)').fill('Wiesbaden');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
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
    await expect(page.getByLabel('Legal type')).toHaveValue('legal_entity');
    await expect(page.getByLabel('Legal name')).toHaveValue('E. Biasi GmbH');
    await expect(page.getByLabel('Phone')).toHaveValue('491761234567');
    await expect(page.getByLabel('City (registered)')).toHaveValue('Wiesbaden');
    const okpo = page.getByLabel('OKPO code');
    await expect(okpo).toHaveValue('');
    await expect(okpo).toHaveAccessibleDescription(/Not on file/);
  });

  test('hidden fields are not in the request body', async ({ page }) => {
    await open(page);
    const bodies = updateBodies(page);
    const legalType = page.getByLabel('Legal type');
    // Typed while a legal entity, then hidden again by going back to individual.
    await legalType.selectOption('legal_entity');
    await page.getByLabel('OKPO code').fill('123');
    await page.getByLabel('Legal name').fill('Not sent Ltd');
    await legalType.selectOption('individual');
    await page.getByLabel('First name').fill('Jonathan');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ legal_type: 'individual', first_name: 'Jonathan' });
    for (const hidden of ['tin', 'iec', 'legal_name', 'okpo_code', 'state_reg_num', 'registered_city']) {
      expect(bodies[0], hidden).not.toHaveProperty(hidden);
    }
    expect(Object.keys(bodies[0] ?? {}).sort()).toEqual(
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

  test('without plugin 45 the form explains why and is read-only', async ({ page }) => {
    await page.goto('/navixy?scenario=navixy:no-plugin');
    await expect(page.getByRole('note', { name: 'Read-only' })).toContainText(
      'does not include the personal-info feature',
    );
    await expect(page.getByLabel('First name')).toBeDisabled();
    await expect(page.getByLabel('Legal type')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('a save answered with code 222 explains the missing plugin and makes the form read-only', async ({
    page,
  }) => {
    await open(page);
    await page.getByLabel('Middle name').fill('Typed');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /lacks plugin 45/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('note', { name: 'Read-only' })).toContainText(
      'does not include the personal-info feature',
    );
    await expect(page.getByLabel('Middle name')).toBeDisabled();
    await expect(page.getByLabel('Middle name')).toHaveValue('Typed');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test("Navixy's code 7 lands on its field and keeps what was typed", async ({ page }) => {
    await open(page, '?scenario=navixy:invalid-tin');
    await page.getByLabel('Legal type').selectOption('sole_trader');
    const tin = page.getByLabel('Taxpayer identification number (TIN)');
    await tin.fill('0000000000');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('Navixy refused some of the values');
    await expect(tin).toHaveAccessibleDescription('Is not a valid taxpayer identification number.');
    await expect(tin).toHaveAttribute('aria-invalid', 'true');
    await expect(tin).toHaveValue('0000000000');
  });

  test('an invalid phone is refused before anything is sent', async ({ page }) => {
    await open(page);
    const bodies = updateBodies(page);
    const phone = page.getByLabel('Phone');
    await phone.fill('1234567890123456');
    await phone.blur();
    await expect(phone).toHaveAccessibleDescription(/up to 15 digits/);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('correct the highlighted field');
    expect(bodies).toEqual([]);
  });

  test('an ended session (code 4) offers to sign in again, keeping the draft', async ({ page }) => {
    await open(page);
    await page.getByLabel('Last name').fill('Still here');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /session hash has ended/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('session has ended');
    await expect(page.getByLabel('Last name')).toHaveValue('Still here');

    await page.getByRole('checkbox', { name: /session hash has ended/ }).uncheck();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });
});
