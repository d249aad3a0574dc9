// Live mode for one provider, Camunda, behind a proxy on the test server's origin: config.json names the proxy as
// Camunda's base URL, and the proxy answers from the test (by default, Ana's profile and no update link).
import type { Page, Route } from '@playwright/test';

export const LIVE_PROFILE = { id: 'ana', firstName: 'Ana', lastName: 'Live', email: 'ana@example.com' };

const answerAna = (route: Route) =>
  route.request().method() === 'OPTIONS'
    ? route.fulfill({ json: { links: [] } })
    : route.fulfill({ json: LIVE_PROFILE });

/** Serves config.json in live mode and the proxy with `answer`; returns the proxy's base URL. */
export async function goLiveWithCamunda(
  page: Page,
  baseURL: string | undefined,
  answer: (route: Route) => Promise<void> = answerAna,
): Promise<string> {
  const proxy = `${baseURL}/proxy/engine-rest`;
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { mode: 'live', providers: { camunda: { baseUrl: proxy } }, embed: { allowedOrigins: [] } },
    }),
  );
  await page.route('**/proxy/engine-rest/**', answer);
  return proxy;
}
