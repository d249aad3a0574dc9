// The kit's deterministic runs under the editor's strict Content-Security-Policy (`npm run serve`: styles by nonce
// only): its no-motion style is a constructed stylesheet, which the policy does not govern, so transitions are off
// and the browser reports no violation.
import { watchCspViolations } from './csp-violations';
import { expect, test } from './kit';

const port = Number(process.env.E2E_PORT ?? 4173);
const serveOrigin = `http://127.0.0.1:${Number(process.env.E2E_SERVE_PORT ?? port + 20)}`;

test.use({ baseURL: serveOrigin });

test('the kit switches motion off under the strict CSP of npm run serve, without a violation', async ({
  page,
  editor,
}) => {
  const violations = await watchCspViolations(page);
  // Without reduced motion the app keeps its own transitions: only the kit's sheet can switch them off now.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await editor.open('camunda', { userId: 'demo' });
  await expect(editor.field('First name')).toHaveValue('Demo');

  const policy = await page.evaluate(async () => {
    const answer = await fetch(window.location.href, { method: 'HEAD' });
    return answer.headers.get('content-security-policy') ?? '';
  });
  expect(policy).toMatch(/style-src 'self' 'nonce-[^']+';/);

  // MUI's buttons have a background transition; the kit's sheet makes it 0s, and hides the caret.
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toHaveCSS('transition-duration', /^0s(, 0s)*$/);
  await expect(editor.field('First name')).toHaveCSS('caret-color', 'rgba(0, 0, 0, 0)');
  expect(violations).toEqual([]);
});
