// Wise through every layer: the generated form, the state that follows the country, occupations, the update
// window around every save (seen as the real Wise requests the sandbox's service worker answers), Wise's own
// validation errors on their fields, and a reload that shows what was saved.
import { expect, test, type Page } from '@playwright/test';

const WISE = 'https://api.sandbox.transferwise.tech';
const VERIFIED = '/wise/14575282';
const UNVERIFIED = '/wise/14575290';

interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Every request to Wise's API other than the profile reads, in the order the page sent them. */
function wiseWrites(page: Page): SeenRequest[] {
  const seen: SeenRequest[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(WISE) || request.method() === 'GET') return;
    const body = request.postData();
    seen.push({
      method: request.method(),
      path: new URL(request.url()).pathname,
      body: body ? (JSON.parse(body) as unknown) : undefined,
    });
  });
  return seen;
}

const windowSequence = (id: string) => [
  `POST /v1/profiles/${id}/update-window`,
  `PUT /v2/profiles/${id}/personal-profile`,
  `DELETE /v1/profiles/${id}/update-window`,
];
const summary = (seen: SeenRequest[]) => seen.map((r) => `${r.method} ${r.path}`);

async function chooseCountry(page: Page, name: string) {
  const country = page.getByRole('combobox', { name: 'Country', exact: true });
  await country.click();
  await country.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(country).toHaveValue(name);
}

const state = (page: Page) => page.getByRole('combobox', { name: 'State, province or territory' });
const save = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

test.describe('Wise profile', () => {
  test('changing the address country from GBR to USA makes a state required and offers the US states', async ({
    page,
  }) => {
    await page.goto(VERIFIED);
    await expect(page.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('United Kingdom');
    await expect(state(page)).toBeHidden();

    await chooseCountry(page, 'United States');
    await expect(state(page)).toBeVisible();
    await expect(state(page)).toHaveJSProperty('required', true);
    await expect(state(page).getByRole('option', { name: 'New York' })).toBeAttached();
    await expect(state(page).getByRole('option', { name: 'Quebec' })).not.toBeAttached();

    const writes = wiseWrites(page);
    await save(page).click();
    await expect(page.getByRole('alert')).toContainText('correct the highlighted field');
    await expect(state(page)).toHaveAccessibleDescription('This field is required.');
    expect(writes).toEqual([]);

    await chooseCountry(page, 'Canada');
    await expect(state(page).getByRole('option', { name: 'Quebec' })).toBeAttached();
    await expect(state(page).getByRole('option', { name: 'New York' })).not.toBeAttached();
  });

  test('saving a verified profile opens the update window, PUTs, closes it; a reload shows the saved values', async ({
    page,
  }) => {
    await page.goto(VERIFIED);
    await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('London');
    const writes = wiseWrites(page);

    await chooseCountry(page, 'United States');
    await state(page).selectOption({ label: 'New York' });
    await page.getByRole('textbox', { name: 'City' }).fill('New York');
    await page.getByRole('textbox', { name: 'Post code' }).fill('10001');
    await page.getByRole('textbox', { name: 'Phone number' }).fill('+12125550123');
    await save(page).click();
    await expect(page.getByRole('status')).toContainText('Saved');

    expect(summary(writes)).toEqual(windowSequence('14575282'));
    expect(writes[1]?.body).toMatchObject({
      address: { countryIso3Code: 'usa', stateCode: 'NY', city: 'New York', postCode: '10001' },
      contactDetails: { phoneNumber: '+12125550123' },
    });
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    await expect(page.getByRole('note').filter({ hasText: 'Last confirmed' })).toContainText(today);

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('New York');
    await expect(page.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('United States');
    await expect(state(page)).toHaveValue('NY');
    await expect(page.getByRole('textbox', { name: 'Post code' })).toHaveValue('10001');
    await expect(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue('+12125550123');
  });

  test('a validation error from Wise lands on its field, and the window is closed after the failed PUT', async ({
    page,
  }) => {
    await page.goto(VERIFIED);
    await expect(page.getByRole('textbox', { name: 'Post code' })).toHaveValue('EC1A 1BB');
    const writes = wiseWrites(page);

    await chooseCountry(page, 'United States');
    await state(page).selectOption({ label: 'Arizona' });
    await save(page).click();

    const postCode = page.getByRole('textbox', { name: 'Post code' });
    await expect(postCode).toHaveAccessibleDescription(/US ZIP code/);
    await expect(postCode).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('Wise did not accept one field');
    expect(summary(writes)).toEqual(windowSequence('14575282'));
    await expect(postCode).toHaveValue('EC1A 1BB');

    await postCode.fill('85001');
    await save(page).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(summary(writes)).toEqual([...windowSequence('14575282'), ...windowSequence('14575282')]);
  });

  test('fields locked on a verified profile are read-only with the reason', async ({ page }) => {
    await page.goto(VERIFIED);
    for (const name of ['First name', 'Last name', 'Date of birth']) {
      const field = page.getByRole('textbox', { name, exact: true });
      await expect(field).toBeDisabled();
      await expect(field).toHaveAccessibleDescription(/Verified by Wise/);
    }
    await expect(page.getByRole('combobox', { name: 'Nationality' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Preferred name' })).toBeEnabled();

    await page.goto(`${VERIFIED}?scenario=wise:unverified`);
    await expect(page.getByRole('textbox', { name: 'First name', exact: true })).toBeEnabled();
  });

  test('occupations: add, edit and remove; sent as FREE_FORM, and nothing empty is sent', async ({
    page,
  }) => {
    await page.goto(UNVERIFIED);
    const occupations = page.getByRole('group', { name: 'Occupations' });
    await expect(occupations).toContainText('No occupation yet.');
    const writes = wiseWrites(page);

    await occupations.getByRole('button', { name: 'Add occupation' }).click();
    await expect(page.getByRole('textbox', { name: 'Occupation 1' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Occupation 1' }).fill('Nurse');
    await occupations.getByRole('button', { name: 'Add occupation' }).click();
    await page.getByRole('textbox', { name: 'Occupation 2' }).fill('Pilot');
    await occupations.getByRole('button', { name: 'Remove occupation 1' }).click();
    await expect(page.getByRole('textbox', { name: 'Occupation 1' })).toHaveValue('Pilot');
    await expect(page.getByRole('textbox', { name: 'Occupation 2' })).toBeHidden();

    await save(page).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    const put = writes.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ occupations: [{ code: 'Pilot', format: 'FREE_FORM' }] });
    for (const notOnFile of ['nationality', 'externalCustomerId', 'firstNameInKana', 'lastNameInKana']) {
      expect(put?.body).not.toHaveProperty(notOnFile);
    }
    await expect(page.getByRole('textbox', { name: 'Occupation 1' })).toHaveValue('Pilot');
  });

  test('moving to New Mexico asks for an occupation before anything is sent', async ({ page }) => {
    await page.goto(UNVERIFIED);
    await expect(state(page)).toHaveValue('AZ');
    const writes = wiseWrites(page);
    await state(page).selectOption({ label: 'New Mexico' });
    await save(page).click();
    const occupations = page.getByRole('group', { name: 'Occupations' });
    await expect(occupations).toHaveAccessibleDescription(/needs at least one occupation.*New Mexico/);
    expect(writes).toEqual([]);

    await occupations.getByRole('button', { name: 'Add occupation' }).click();
    await page.getByRole('textbox', { name: 'Occupation 1' }).fill('Rancher');
    await expect(occupations).not.toHaveAccessibleDescription(/needs at least one occupation/);
    await save(page).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    expect(writes.find((r) => r.method === 'PUT')?.body).toMatchObject({
      address: { stateCode: 'NM' },
      occupations: [{ code: 'Rancher', format: 'FREE_FORM' }],
    });
  });

  test('Katakana fields accept Katakana only and say why they matter', async ({ page }) => {
    await page.goto(UNVERIFIED);
    const kana = page.getByRole('textbox', { name: 'First name in Katakana' });
    await expect(kana).toHaveAccessibleDescription(/required for transfers from JPY/);
    await kana.fill('Yamada');
    await kana.blur();
    await expect(kana).toHaveAccessibleDescription(/Use Katakana only/);
    await kana.fill('ヤマダ');
    await kana.blur();
    await expect(kana).toHaveAccessibleDescription(/required for transfers from JPY/);
  });

  test('"My details are still correct" opens and closes the update window and shows the new date', async ({
    page,
  }) => {
    await page.goto(VERIFIED);
    const confirmed = page.getByRole('note').filter({ hasText: 'Last confirmed' });
    await expect(confirmed).toContainText('14 September 2025, over a year ago');
    const writes = wiseWrites(page);
    await page.getByRole('button', { name: 'My details are still correct' }).click();
    await expect(page.getByRole('status')).toContainText('Wise now knows your details are up to date');
    expect(summary(writes)).toEqual([
      'POST /v1/profiles/14575282/update-window',
      'DELETE /v1/profiles/14575282/update-window',
    ]);
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    await expect(confirmed).toHaveText(`Last confirmed with Wise on ${today}.`);
  });

  test('an expired token offers to sign in again and keeps what was typed', async ({ page }) => {
    await page.goto(UNVERIFIED);
    await page.getByRole('textbox', { name: 'Preferred name' }).fill('Livvy');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /token-expired/ }).check();
    await save(page).click();
    await expect(page.getByRole('alert')).toContainText('Access token expired');
    await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Preferred name' })).toHaveValue('Livvy');
  });
});
