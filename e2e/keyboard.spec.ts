// Keyboard-only journeys, one per provider: Tab to a field, type, Tab to Save, Enter, see the outcome next to Save
// and find the focus where a keyboard user expects it (on Save, never on <body>); and saves refused by the form's
// own checks: the error summary takes the focus and its links move it to the fields.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './kit';

/** Presses Tab until `target` has the focus, as a keyboard user would (fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of Tab`);
}

/** Replaces the focused field's text by typing (select all, then type). */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

const statusLine = (page: Page) =>
  page.locator('[data-save-bar] [data-save-status]').filter({ visible: true });

const journeys = [
  { provider: 'camunda', path: '/camunda/demo', field: 'Last name', value: 'Keyboard', save: 'Save' },
  { provider: 'wise', path: '/wise/14575282', field: 'Preferred name', value: 'Olly', save: 'Save' },
  { provider: 'navixy', path: '/navixy', field: 'Middle name', value: 'Keys', save: 'Save' },
  {
    provider: 'nexudus',
    path: '/nexudus',
    field: 'Nickname',
    value: 'Keys',
    save: 'Save Personal information',
  },
];

for (const journey of journeys) {
  test(`${journey.provider}: edit and save with the keyboard only; the focus stays on Save`, async ({
    page,
    editor,
  }) => {
    await page.goto(journey.path);
    await editor.ready();
    const field = editor.field(journey.field);
    await expect(field).toBeVisible();
    await tabTo(page, field);
    await retype(page, journey.value);
    const save = page.getByRole('button', { name: journey.save, exact: true });
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(statusLine(page)).toHaveAttribute('data-save-status', 'saved');
    await expect(statusLine(page)).toContainText('Saved');
    await expect(statusLine(page)).toBeInViewport();
    await expect(save).toBeFocused();
    // Said once, in the live region.
    await expect(page.getByRole('status')).toContainText('Saved');
    await expect(field).toHaveValue(journey.value);
  });
}

test('camunda: two fields emptied, Enter on Save focuses the summary; its link moves the focus to the field', async ({
  page,
  editor,
  sandbox,
}) => {
  await page.goto('/camunda/demo');
  await editor.ready();
  await tabTo(page, editor.field('First name'));
  await retype(page, '');
  await page.keyboard.press('Tab');
  await expect(editor.field('Last name')).toBeFocused();
  await retype(page, '');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, save);
  await page.keyboard.press('Enter');

  const summary = page.getByRole('region', { name: '2 fields need correcting before this can be saved' });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(statusLine(page)).toHaveAttribute('data-save-status', 'invalid');
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: 'First name' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(editor.field('Last name')).toBeFocused();
  // The field can be corrected at once, and the save goes through.
  await page.keyboard.type('Again');
  await page.keyboard.press('Shift+Tab');
  await expect(editor.field('First name')).toBeFocused();
  await page.keyboard.type('Kim');
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(statusLine(page)).toHaveAttribute('data-save-status', 'saved');
  await expect(save).toBeFocused();
  expect((await sandbox.requests({ provider: 'camunda' })).filter((r) => r.method === 'PUT')).toHaveLength(1);
});

test('uphold: a section saved with required answers missing focuses the summary, whose links reach each field', async ({
  page,
  editor,
}) => {
  await editor.open('uphold', { process: 'profile' });
  await tabTo(page, editor.field('Full name'));
  await retype(page, 'John Doe');
  const save = page.getByRole('button', { name: 'Save Details', exact: true });
  await tabTo(page, save);
  await page.keyboard.press('Enter');

  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAccessibleName(/fields need correcting before this can be saved/);
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['Primary citizenship', 'Date of birth']);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(editor.field('Primary citizenship')).toBeFocused();
  await expect(editor.field('Full name')).toHaveValue('John Doe');
});

test('nexudus: one field to correct gets the focus itself; the summary lists it', async ({
  page,
  editor,
}) => {
  await page.goto('/nexudus');
  await editor.ready();
  await tabTo(page, editor.field('Full name'));
  await retype(page, '');
  const save = page.getByRole('button', { name: 'Save Personal information', exact: true });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(editor.field('Full name')).toBeFocused();
  await expect(
    page.getByRole('region', { name: '1 field needs correcting before this can be saved' }),
  ).toContainText('Full name');
});

test('a long form: pressing Tab quickly never runs off the end of the fields rendered so far', async ({
  page,
}) => {
  // Someone typing from the moment the page opens: the rest of a long form waits for a pause in the keys that never
  // comes (keys every 100 ms), so only focus nearing the end of what is shown can bring the next fields.
  await page.addInitScript(() => {
    setInterval(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })), 100);
  });
  await page.goto('/bench?n=200');
  const form = page.getByRole('main');
  await form.getByRole('textbox', { name: /^Text 0/ }).click();
  // Each time the focus leaves the form (to nothing, or to anything outside it).
  await page.evaluate(() => {
    const left: string[] = [];
    Reflect.set(window, '__leftForm', left);
    document.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (!(next instanceof Element)) left.push('nothing');
      else if (next.closest('main') === null) left.push(next.tagName);
    });
  });
  // 24 fields are shown first (34 stops of Tab: a date field has three); 60 presses go well past them.
  for (let presses = 0; presses < 60; presses += 1) await page.keyboard.press('Tab', { delay: 20 });
  const left = await page.evaluate(() => {
    const record: unknown = Reflect.get(window, '__leftForm');
    return Array.isArray(record) ? record.map(String) : ['no record'];
  });
  expect(left).toEqual([]);
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : '';
  });
  expect(focused).toMatch(/^(Text|Date|Choice|Flag|Email) \d+/);
  expect(await form.getByRole('textbox').count()).toBeGreaterThan(24);
});
