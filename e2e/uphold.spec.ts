// Uphold's KYC profile hint through every layer: render as sent, save a category, the hint grows, errors land
// on their fields, and what was typed stays.
import { expect, test, type Page, type Request } from '@playwright/test';

/** A date `years` years before today (local calendar), as the date input wants it: YYYY-MM-DD. */
function yearsAgo(years: number, extraDays = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setDate(date.getDate() + extraDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The bodies of every profile PATCH the page sends. */
function recordPatches(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'PATCH' && request.url().endsWith('/core/kyc/processes/profile')) {
      bodies.push(request.postDataJSON());
    }
  });
  return bodies;
}

async function pickCountry(page: Page, label: string, typed: string, name: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(input).toHaveValue(name);
}

async function fillDetails(page: Page, details: { name: string; birthdate: string }) {
  await page.getByLabel('Full name').fill(details.name);
  await pickCountry(page, 'Primary citizenship', 'united k', 'United Kingdom');
  await page.getByLabel('Date of birth').fill(details.birthdate);
}

test.describe('Uphold profile', () => {
  test('fill the details, save them, and answer the questions the grown hint adds', async ({ page }) => {
    const patches = recordPatches(page);
    await page.goto('/uphold/profile');
    await expect(page.getByRole('note').first()).toContainText('Uphold is waiting for answers from you');
    await expect(page.getByLabel('Other citizenships')).toHaveCount(0);

    await fillDetails(page, { name: 'John Doe', birthdate: '1987-01-01' });
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');

    // Progressive disclosure: new questions in the same category, named above the form.
    await expect(page.getByRole('note').filter({ hasText: 'new questions' })).toContainText(
      'Other citizenships, Country of birth, Town of birth',
    );
    await expect(page.getByLabel('Other citizenships')).toBeVisible();
    await expect(page.getByLabel('Country of birth')).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveValue('John Doe');
    expect(patches).toEqual([
      { input: { details: { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' } } },
    ]);

    await pickCountry(page, 'Country of birth', 'portu', 'Portugal');
    await page.getByLabel('Town of birth').fill('Porto');
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('note').first()).toContainText('Uphold has everything it needs');
    await expect(page.getByRole('note').nth(1)).toHaveText('Uphold has no further questions for now.');
    // The tab shows the category is complete.
    await expect(
      page.getByRole('tab', { name: /Details/ }).getByRole('img', { name: 'complete' }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Town of birth')).toHaveValue('Porto');
  });

  test('a birthdate making the user 17 is refused on the client with the message', async ({ page }) => {
    const patches = recordPatches(page);
    await page.goto('/uphold/profile');
    await fillDetails(page, { name: 'Young Person', birthdate: yearsAgo(17) });
    const birthdate = page.getByLabel('Date of birth');
    await birthdate.blur();
    await expect(birthdate).toHaveAccessibleDescription(
      /The date must be older than or equal to 18 years ago/,
    );
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('alert')).toContainText('correct the highlighted field');
    expect(patches).toEqual([]);

    // Exactly 18 today is old enough.
    await birthdate.fill(yearsAgo(18));
    await expect(birthdate).not.toHaveAccessibleDescription(/18 years ago/);
  });

  test('a 409 from Uphold shows on the right field and the typed values stay', async ({ page }) => {
    await page.goto('/uphold/profile');
    // Two words pass the hint's pattern; Uphold refuses the digit (the contract's invalid_characters).
    await fillDetails(page, { name: 'J0hn Doe', birthdate: '1990-05-17' });
    await page.getByRole('button', { name: 'Save Details' }).click();
    const fullName = page.getByLabel('Full name');
    await expect(fullName).toHaveAccessibleDescription(/characters Uphold does not accept/);
    await expect(fullName).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('Uphold did not accept one of your answers');
    await expect(fullName).toHaveValue('J0hn Doe');
    await expect(page.getByRole('combobox', { name: 'Primary citizenship' })).toHaveValue('United Kingdom');
    await expect(page.getByLabel('Date of birth')).toHaveValue('1990-05-17');

    // The request id is there for support.
    await page.getByText('Details for support').click();
    await expect(page.getByText(/Request id: [0-9a-f-]{36}/)).toBeVisible();

    // Correcting the field clears Uphold's message and the save goes through.
    await fullName.fill('John Doe');
    await expect(fullName).not.toHaveAccessibleDescription(/characters Uphold does not accept/);
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });

  test('each category is submitted on its own, with exactly one key, and the tab stays put', async ({
    page,
  }) => {
    const patches = recordPatches(page);
    await page.goto('/uphold/profile?scenario=uphold:second-category');
    await fillDetails(page, { name: 'John Doe', birthdate: '1987-01-01' });
    await page.getByRole('button', { name: 'Save Details' }).click();

    // The new category appears; the user stays on the one they were on.
    const addressTab = page.getByRole('tab', { name: 'Address' });
    await expect(addressTab).toBeVisible();
    await expect(page.getByRole('tab', { name: /Details/ })).toHaveAttribute('aria-selected', 'true');

    await addressTab.click();
    await pickCountry(page, 'Country of residence', 'united k', 'United Kingdom');
    await page.getByLabel('Address line 1').fill('1 Deansgate');
    await page.getByLabel('City').fill('Manchester');
    await page.getByLabel('Postal code').fill('M3 1AZ');
    await page.getByRole('button', { name: 'Save Address' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(addressTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Address line 1')).toHaveValue('1 Deansgate');

    expect(patches.map((body) => Object.keys((body as { input: object }).input))).toEqual([
      ['details'],
      ['address'],
    ]);
    expect(patches[1]).toEqual({
      input: { address: { country: 'GB', line1: '1 Deansgate', city: 'Manchester', postalCode: 'M3 1AZ' } },
    });
  });

  test('a JSON Schema 2020-12 category: multi-select, a conditional question, one key sent', async ({
    page,
  }) => {
    const patches = recordPatches(page);
    await page.goto('/uphold/profile?scenario=uphold:account-questions');
    await fillDetails(page, { name: 'John Doe', birthdate: '1987-01-01' });
    await page.getByRole('button', { name: 'Save Details' }).click();
    await page.getByRole('tab', { name: 'About your account' }).click();
    await page.getByRole('checkbox', { name: 'Investing' }).check();
    await page.getByRole('checkbox', { name: 'Saving' }).check();
    await expect(page.getByLabel('Employer')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Employment status' }).click();
    await page.getByRole('option', { name: 'Employed', exact: true }).click();
    await page.getByLabel('Employer').fill('Acme Ltd');
    await page.getByRole('button', { name: 'Save About your account' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(page.getByRole('tab', { name: /About your account/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(patches.at(-1)).toEqual({
      input: {
        accountUse: { purposes: ['investing', 'savings'], employment: 'employed', employer: 'Acme Ltd' },
      },
    });
  });

  test('unsaved answers in another category survive a new hint', async ({ page }) => {
    await page.goto('/uphold/profile?scenario=uphold:second-category');
    await fillDetails(page, { name: 'John Doe', birthdate: '1987-01-01' });
    await page.getByRole('button', { name: 'Save Details' }).click();
    await page.getByRole('tab', { name: 'Address' }).click();
    await page.getByLabel('Address line 1').fill('Typed, not saved');

    await page.getByRole('tab', { name: /Details/ }).click();
    await page.getByLabel('Full name').fill('John Michael Doe');
    await pickCountry(page, 'Country of birth', 'portu', 'Portugal');
    await page.getByLabel('Town of birth').fill('Porto');
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(page.getByRole('tab', { name: /Details/ })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Address' }).click();
    await expect(page.getByLabel('Address line 1')).toHaveValue('Typed, not saved');
  });

  test('an unknown kind of question is shown as unsupported, the rest still works', async ({ page }) => {
    await page.goto('/uphold/profile?scenario=uphold:unknown-question');
    await expect(page.getByText(/not supported|unsupported/i).first()).toBeVisible();
    await expect(page.getByLabel('Full name')).toBeVisible();
  });

  test('a session that ended offers to sign in again, keeping the draft', async ({ page }) => {
    await page.goto('/uphold/profile');
    await page.getByLabel('Full name').fill('Still Here');
    await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
    await page.getByRole('checkbox', { name: /^unauthorized: The access token has expired/ }).check();
    await pickCountry(page, 'Primary citizenship', 'united k', 'United Kingdom');
    await page.getByLabel('Date of birth').fill('1987-01-01');
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('alert')).toContainText('session has expired');
    await expect(page.getByLabel('Full name')).toHaveValue('Still Here');
    await page.getByRole('checkbox', { name: /^unauthorized: The access token has expired/ }).uncheck();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
  });

  test('too many requests says when to try again and keeps the typed values', async ({ page }) => {
    await page.goto('/uphold/profile?scenario=uphold:rate-limited');
    await fillDetails(page, { name: 'John Doe', birthdate: '1987-01-01' });
    await page.getByRole('button', { name: 'Save Details' }).click();
    await expect(page.getByRole('alert')).toContainText('Try again in 30 seconds');
    await expect(page.getByLabel('Full name')).toHaveValue('John Doe');
  });
});

test.describe('Uphold flat profile (no hint)', () => {
  test('built from the verification rules; a field Uphold ignores says so', async ({ page }) => {
    await page.goto('/uphold/profile?scenario=uphold:flat-profile,uphold:flat-name-locked');
    const fullName = page.getByLabel('Full name');
    await expect(fullName).toHaveValue('John Doe');
    await expect(page.getByLabel('Date of birth')).toBeDisabled();
    await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(/Uphold has verified this/);
    await expect(page.getByLabel('Other citizenships')).toHaveCount(0);
    await expect(page.getByLabel('Region')).toHaveValue('GB-MAN');

    const patches = recordPatches(page);
    await fullName.fill('Jane Doe');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(fullName).toHaveAccessibleDescription(/kept its earlier value/);
    await expect(fullName).toHaveValue('John Doe');
    const sent = (patches[0] as { input: Record<string, unknown> }).input;
    expect(sent.fullName).toBe('Jane Doe');
    expect(sent).not.toHaveProperty('birthdate');
  });
});
