// What the browser reports against the page's Content-Security-Policy (console messages and
// securitypolicyviolation events), collected from before the page's first script: the CSP specs expect none.
import type { Page } from '@playwright/test';

export async function watchCspViolations(page: Page): Promise<string[]> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reported.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => reported.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      void report(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return reported;
}
