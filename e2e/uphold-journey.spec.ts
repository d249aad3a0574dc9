// Uphold's KYC as one journey: a new user goes from the overview through every form-based process to "Uphold has
// everything it needs" — a blocked process that opens once its dependency is done, a 409 on a field, a reload
// mid-way — and the embedded editor opens the overview and names the process it saved.
import { expect, test, type Page } from '@playwright/test';

interface Patch {
  process: string;
  body: { input: Record<string, unknown> };
}

/** Every process PATCH the page sends: which process (the URL's kebab-case name) and the body. */
function recordPatches(page: Page): Patch[] {
  const patches: Patch[] = [];
  page.on('request', (request) => {
    const match = /\/core\/kyc\/processes\/([a-z-]+)$/.exec(request.url());
    if (request.method() === 'PATCH' && match?.[1]) {
      patches.push({ process: match[1], body: request.postDataJSON() as Patch['body'] });
    }
  });
  return patches;
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('combobox', { name: label })).toHaveValue(option);
}

async function pickCountry(page: Page, label: string, typed: string, name: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name, exact: true }).click();
}

/**
 * Saves a category and waits for Uphold's answer: the save bar's line goes from "unsaved" to "saved" (the status
 * region alone may still say "Saved" from the save before, and leaving then would find this one in flight).
 */
async function save(page: Page, category: string) {
  const line = page.locator('[data-save-bar] [data-save-status]');
  await expect(line).not.toHaveAttribute('data-save-status', 'saved');
  await page.getByRole('button', { name: `Save ${category}` }).click();
  await expect(line).toHaveAttribute('data-save-status', 'saved');
  await expect(page.getByRole('status')).toContainText('Saved');
}

const step = (page: Page, title: string) => page.getByRole('listitem', { name: title });

test.describe('Uphold KYC journey', () => {
  test('a new user answers every form-based process, from the overview to "Uphold has everything it needs"', async ({
    page,
  }) => {
    // One story through five processes and eleven saves (about 18 s here): more than one form's 30 s budget.
    test.setTimeout(60_000);
    const patches = recordPatches(page);
    await page.goto('/uphold');
    await expect(page.getByRole('heading', { name: 'Your Uphold verification' })).toBeVisible();
    await expect(step(page, 'Tax details')).toContainText('Waits for Profile');
    await expect(step(page, 'Tax details').getByRole('link')).toHaveCount(0);
    await expect(step(page, 'Screening')).toContainText('Uphold handles this');
    await expect(step(page, 'Proof of address')).toContainText('Not needed');
    await expect(step(page, 'Identity document')).toContainText('cannot be done here');

    // The blocked process, opened by its address, says what it waits for and leads there.
    await page.goto('/uphold/tax-details');
    await expect(page.getByRole('note')).toContainText('Opens once Profile is done.');
    await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Go to Profile' }).click();

    // Profile (direct categories, as today).
    await expect(page).toHaveURL(/\/uphold\/profile$/);
    await page.getByLabel('Full name').fill('Jane Doe');
    await pickCountry(page, 'Primary citizenship', 'united k', 'United Kingdom');
    await page.getByLabel('Date of birth').fill('1990-04-02');
    await save(page, 'Details');
    await pickCountry(page, 'Country of birth', 'portu', 'Portugal');
    await page.getByLabel('Town of birth').fill('Porto');
    await save(page, 'Details');

    // Back on the overview, the tax details are open now; Continue leads to the next process.
    await page.getByRole('link', { name: 'All Uphold steps' }).click();
    await expect(step(page, 'Profile')).toContainText('Done');
    await expect(step(page, 'Tax details')).toContainText('Waiting for your answers');
    await expect(step(page, 'Tax details').getByRole('link', { name: 'Open Tax details' })).toBeVisible();
    await expect(page.getByText('Next: Customer due diligence')).toBeVisible();
    await page.getByRole('link', { name: 'Continue' }).click();

    // Customer due diligence: a questionnaire whose hint grows; its description keeps its simple markup.
    await expect(page).toHaveURL(/\/uphold\/customer-due-diligence$/);
    await page.getByRole('checkbox', { name: 'Buy and sell crypto' }).check();
    await page.getByRole('checkbox', { name: 'Pay friends and family' }).check();
    await save(page, 'Your plans');
    await expect(page.getByRole('tab', { name: 'Your money' })).toBeVisible();

    // A reload mid-way shows what was saved.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Buy and sell crypto' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Pay friends and family' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Send money abroad' })).not.toBeChecked();
    await page.getByRole('tab', { name: 'Your money' }).click();
    await expect(page.locator('i', { hasText: 'not' })).toBeVisible();
    await choose(page, 'Main source of money', 'Salary or wages');
    await choose(page, 'Yearly income', '£20,000 to £50,000');
    await save(page, 'Your money');
    await page.getByRole('link', { name: 'Continue' }).click();

    // Crypto risk assessment: two categories from the start.
    await expect(page).toHaveURL(/\/uphold\/crypto-risk-assessment$/);
    await choose(page, 'Crypto experience', 'A few times');
    await choose(page, 'What a fall in price means', 'I could lose all the money I put in');
    await save(page, 'Experience');
    await page.getByRole('tab', { name: 'Attitude to risk' }).click();
    await choose(page, 'Comfort with price swings', 'Agree');
    await save(page, 'Attitude to risk');
    await page.getByRole('link', { name: 'Continue' }).click();

    // Self-categorisation: the statement follows from the investor type.
    await expect(page).toHaveURL(/\/uphold\/self-categorization-statement$/);
    await choose(page, 'Investor type', 'Everyday investor');
    await save(page, 'Investor type');
    await page.getByRole('tab', { name: 'Your statement' }).click();
    await choose(page, 'Last 12 months', 'Yes');
    await choose(page, 'Next 12 months', 'Yes');
    await page.getByRole('checkbox', { name: 'I confirm these answers are true' }).check();
    await save(page, 'Your statement');
    await page.getByRole('link', { name: 'Continue' }).click();

    // Tax details: residency, then the number Uphold asks for each country — a 409 lands on that field.
    await expect(page).toHaveURL(/\/uphold\/tax-details$/);
    await pickCountry(page, 'Countries of tax residence', 'united k', 'United Kingdom');
    await save(page, 'Tax residency');
    await page.getByRole('tab', { name: 'Tax identification' }).click();
    const tin = page.getByLabel('Tax identification number (TIN)');
    await tin.fill('12345');
    await page.getByRole('button', { name: 'Save Tax identification' }).click();
    await expect(tin).toHaveAccessibleDescription(/not valid for its country/);
    await expect(page.getByRole('status')).toContainText('Uphold did not accept one of your answers');
    await expect(tin).toHaveValue('12345');
    await tin.fill('QQ123456C');
    await save(page, 'Tax identification');

    await page.getByRole('link', { name: 'All Uphold steps' }).click();
    await expect(page.getByRole('status')).toContainText('Uphold has everything it needs.');
    await expect(page.getByRole('status')).toContainText('11 of 11 steps done.');
    await expect(page.getByRole('link', { name: 'Continue' })).toHaveCount(0);

    // One category per PATCH; questionnaires name their form, the profile and tax residency send direct keys.
    const categories = patches.map((p) => {
      const answers = p.body.input.answers as Record<string, unknown> | undefined;
      return [p.process, Object.keys(answers ?? p.body.input).join(), 'formId' in p.body.input];
    });
    expect(categories).toEqual([
      ['profile', 'details', false],
      ['profile', 'details', false],
      ['customer-due-diligence', 'intent', true],
      ['customer-due-diligence', 'financial-information', true],
      ['crypto-risk-assessment', 'experience', true],
      ['crypto-risk-assessment', 'attitude-towards-risk', true],
      ['self-categorization-statement', 'investor', true],
      ['self-categorization-statement', 'investor-declaration', true],
      ['tax-details', 'taxResidency', false],
      ['tax-details', 'taxIdentification', false],
      ['tax-details', 'taxIdentification', false],
    ]);
  });

  test('a process Uphold did not accept and one the user does not need are said so', async ({ page }) => {
    await page.goto('/uphold?scenario=uphold:process-failed,uphold:process-exempt');
    await expect(step(page, 'Crypto risk assessment')).toContainText('Not accepted');
    await expect(step(page, 'Crypto risk assessment')).toContainText('Contact Uphold support');
    await expect(step(page, 'Investor type')).toContainText('Not needed');
    await expect(step(page, 'Investor type').getByRole('link')).toHaveCount(0);
  });

  test('embedded: the overview opens, Continue leads to a process, and saved names it', async ({ page }) => {
    const hostPort = Number(process.env.E2E_EMBED_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
    await page.goto(`http://127.0.0.1:${hostPort}/?provider=uphold`);
    const editor = page.frameLocator('iframe[title="Profile editor"]');
    const events = page.getByRole('list', { name: 'Events from the editor' });
    // The first load boots the editor and its sandbox inside the frame.
    await expect(editor.getByRole('heading', { name: 'Your Uphold verification' })).toBeVisible({
      timeout: 20_000,
    });
    await editor.getByRole('button', { name: 'Continue' }).click();
    await expect(editor.getByRole('heading', { name: 'Profile' })).toBeVisible();
    await editor.getByLabel('Full name').fill('Jane Doe');
    const citizenship = editor.getByRole('combobox', { name: 'Primary citizenship' });
    await citizenship.click();
    await citizenship.fill('united k');
    await editor.getByRole('option', { name: 'United Kingdom', exact: true }).click();
    await editor.getByLabel('Date of birth').fill('1990-04-02');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(events).toContainText(
      'saved {"provider":"uphold","fields":["details"],"params":{"process":"profile"}}',
    );
    await expect(events).not.toContainText('Jane');
  });
});
