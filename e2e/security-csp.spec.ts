// Under the strict Content-Security-Policy (no eval, no inline scripts, styles by nonce) every provider loads and
// saves, served by `npm run serve` and by `vite preview`, and the browser reports no violation.
import { expect, test, type Page } from '@playwright/test';
import { watchCspViolations } from './csp-violations';

const port = Number(process.env.E2E_PORT ?? 4173);
const servePort = Number(process.env.E2E_SERVE_PORT ?? port + 20);
const servers = [
  { name: 'npm run serve', origin: `http://127.0.0.1:${servePort}` },
  { name: 'vite preview', origin: `http://127.0.0.1:${port}` },
];

/** A change and a save on each provider's sandbox profile, ending on the "Saved" status. */
const journeys: Array<{ path: string; edit: (page: Page) => Promise<void>; save: string }> = [
  {
    path: '/camunda/demo',
    edit: (page) => page.getByLabel('First name').fill('Strict'),
    save: 'Save',
  },
  {
    path: '/navixy',
    edit: (page) => page.getByLabel('First name').fill('Strict'),
    save: 'Save',
  },
  {
    path: '/nexudus',
    edit: (page) => page.getByLabel('Nickname').fill('Strict'),
    save: 'Save Personal information',
  },
  {
    path: '/wise/14575290',
    edit: (page) => page.getByLabel('E-mail').fill('strict@example.com'),
    save: 'Save',
  },
  {
    path: '/uphold/profile',
    edit: async (page) => {
      await page.getByLabel('Full name').fill('John Doe');
      const citizenship = page.getByRole('combobox', { name: 'Primary citizenship' });
      await citizenship.click();
      await citizenship.fill('united k');
      await page.getByRole('option', { name: 'United Kingdom', exact: true }).click();
      await page.getByLabel('Date of birth').fill('1990-05-17');
    },
    save: 'Save Details',
  },
];

for (const server of servers) {
  test(`every provider loads and saves under the strict CSP of ${server.name}`, async ({ page }) => {
    test.slow(); // five providers on one page, on a shared machine
    const violations = await watchCspViolations(page);
    for (const journey of journeys) {
      const response = await page.goto(`${server.origin}${journey.path}`);
      const policy = response?.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self';");
      expect(policy).toMatch(/style-src 'self' 'nonce-[^']+';/);
      expect(policy).not.toContain('unsafe-eval');
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/profile/i);
      await journey.edit(page);
      await page.getByRole('button', { name: journey.save, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      expect(violations, `CSP violations on ${journey.path}`).toEqual([]);
    }
  });
}
