// The kit's own tests, on small static pages (no app): helpers fail clearly, naming what the page has; outcomes are
// read from the page as a person would; sandbox calls made before the editor opens are queued for its start.
import { expect, test } from './index';

test.use({ kitTimeout: 1_500 });

const FORM = `
  <main>
    <form>
      <label for="first">First name<span aria-hidden="true"> *</span></label>
      <input id="first" aria-describedby="first-help" value="Ann" />
      <p id="first-help">As on your passport.</p>
      <label for="email">E-mail</label>
      <input id="email" type="email" aria-describedby="email-error" />
      <p id="email-error"></p>
      <label for="country">Country</label>
      <select id="country"><option value="gbr">United Kingdom</option><option value="usa">United States</option></select>
      <label><input type="checkbox" id="news" /> Newsletter</label>
      <div role="tablist" aria-label="Profile sections">
        <button type="button" role="tab" aria-selected="true">Personal</button>
        <button type="button" role="tab" aria-selected="false">Billing</button>
      </div>
      <div role="status"></div>
      <div id="messages"></div>
      <button type="submit" id="save">Save</button>
      <button type="button" id="discard">Discard changes</button>
    </form>
  </main>
  <script>
    const email = document.getElementById('email');
    const status = document.querySelector('[role=status]');
    const messages = document.getElementById('messages');
    document.querySelectorAll('[role=tab]').forEach((tab) =>
      tab.addEventListener('click', () =>
        document.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(t === tab))),
      ),
    );
    document.getElementById('discard').addEventListener('click', () => (email.value = ''));
    document.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      status.replaceChildren();
      // Like the editor: each outcome is a new line next to Save (data-save-status), an unchanged refusal too.
      setTimeout(() => {
        const line = document.createElement('p');
        if (!email.value.includes('@')) {
          email.setAttribute('aria-invalid', 'true');
          document.getElementById('email-error').textContent = 'Enter an e-mail address.';
          line.dataset.saveStatus = 'invalid';
          line.textContent = 'Please correct the highlighted field before saving.';
          messages.replaceChildren(line);
          requestAnimationFrame(() => email.focus());
          return;
        }
        email.removeAttribute('aria-invalid');
        const done = line;
        done.dataset.saveStatus = 'saved';
        done.textContent = 'Saved. Your profile is up to date.';
        messages.replaceChildren();
        setTimeout(() => messages.append(done), 100);
      }, 50);
    });
  </script>`;

test.describe('the QA kit', () => {
  test.beforeEach(async ({ page }) => {
    await page.setContent(FORM);
  });

  test('a missing label fails at once with the labels that are on the page', async ({ editor }) => {
    await expect(editor.fill('Frist name', 'Ann')).rejects.toThrow(
      'There is no field labelled "Frist name" on the page. The fields there are: "First name", "E-mail", "Country", "Newsletter".',
    );
    await expect(editor.section('Shipping')).rejects.toThrow(
      'There is no section "Shipping" on the page. The sections there are: "Personal", "Billing".',
    );
    await expect(editor.runAction('Confirm')).rejects.toThrow(
      /There is no button "Confirm" on the page\. The buttons there are: "Personal", "Billing", "Save", "Discard changes"\./,
    );
    await expect(editor.pickDate('First name', '01/02/2003')).rejects.toThrow('pickDate wants YYYY-MM-DD');
  });

  test('fields are found by their whole visible label, a required mark aside', async ({ editor }) => {
    await expect(editor.field('First name')).toHaveValue('Ann');
    await expect(editor.field('First')).toHaveCount(0);
    await editor.select('Country', 'United States');
    expect(await editor.value('Country')).toBe('United States');
    await editor.check('Newsletter');
    expect(await editor.checked('Newsletter')).toBe(true);
    await editor.section('Billing');
    await expect(editor.root.getByRole('tab', { name: 'Billing' })).toHaveAttribute('aria-selected', 'true');
    expect(await editor.inventory()).toEqual({
      fields: ['First name', 'E-mail', 'Country', 'Newsletter'],
      buttons: ['Personal', 'Billing', 'Save', 'Discard changes'],
      sections: ['Personal', 'Billing'],
    });
  });

  test('save waits for the outcome and tells each attempt apart, even an unchanged refusal', async ({
    editor,
  }) => {
    const refused = {
      kind: 'field-error',
      message: 'Please correct the highlighted field before saving.',
      fields: [{ field: 'E-mail', message: 'Enter an e-mail address.' }],
    };
    expect(await editor.save()).toEqual(refused);
    await editor.page.locator('#save').focus();
    expect(await editor.save()).toEqual(refused);
    await editor.fill('E-mail', 'ann@example.com');
    expect(await editor.save()).toEqual({
      kind: 'saved',
      message: 'Saved. Your profile is up to date.',
      fields: [],
    });
    // The same success again is a new message, not the old one.
    expect((await editor.save()).kind).toBe('saved');
  });

  test('discard uses the editor\'s "Discard changes"', async ({ editor }) => {
    await editor.fill('E-mail', 'ann@example.com');
    await editor.discard();
    await expect(editor.field('E-mail')).toHaveValue('');
  });

  test('sandbox calls before the editor opens are queued for its start, in order', async ({
    sandbox,
    page,
  }) => {
    await sandbox.seed('camunda', { userId: 'demo' }, { firstName: 'Queued' });
    await sandbox.failNext(503, { provider: 'camunda' });
    await page.goto('data:text/html,<title>start</title>');
    expect(await page.evaluate((): unknown => Reflect.get(window, 'profileEditorSandboxSetup'))).toEqual({
      id: expect.any(String),
      steps: [
        { op: 'seed', provider: 'camunda', params: { userId: 'demo' }, record: { firstName: 'Queued' } },
        { op: 'inject', rule: { count: 1, requests: 'writes', provider: 'camunda', failure: 503 } },
      ],
    });
    await expect(sandbox.requests()).rejects.toThrow('The sandbox is not reachable: open the editor first');
  });
});

test.describe('deterministic runs', () => {
  test.use({ clock: '2026-06-15T10:00:00Z' });

  test('transitions and animations are off, and the clock starts at the fixed instant', async ({
    page,
    now,
  }) => {
    await page.goto(
      'data:text/html,<style>p { transition: opacity 2s ease 1s; animation: spin 3s infinite; }</style><p>Hi</p>',
    );
    const timing = await page.locator('p').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.transitionDuration, style.transitionDelay, style.animationDuration].join(' ');
    });
    expect(timing).toBe('0s 0s 0s');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    const pageNow = await page.evaluate(() => Date.now());
    expect(pageNow - now.getTime()).toBeGreaterThanOrEqual(0);
    expect(pageNow - now.getTime()).toBeLessThan(60_000);
    expect(now.toISOString()).toBe('2026-06-15T10:00:00.000Z');
  });
});
