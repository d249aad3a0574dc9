// The fault matrix: every provider × {save answered 500, network drop on save, very slow save, session ended (401),
// offline then online (and the tab closed meanwhile), tab crash mid-edit, change saved meanwhile in another tab}.
// Each cell checks that what was typed is still there or saved, that the message says what really happened, and
// reads the provider's final state back in another page (the sandbox keeps it in localStorage, shared by tabs).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

interface Subject {
  id: string;
  /** The page, with any scenario the subject always needs. */
  path: string;
  /** A field to edit, and a second one (another tab changes it, the merge must keep it). */
  field: string;
  other: string;
  save: string;
  tab?: string;
  /** The sandbox panel's switch that ends the session (401, or the provider's own "session ended"). */
  sessionEnded: RegExp;
}

const subjects: Subject[] = [
  {
    id: 'camunda',
    path: '/camunda/demo',
    field: 'First name',
    other: 'Last name',
    save: 'Save',
    sessionEnded: /^Camunda refuses the sign-in/,
  },
  {
    id: 'wise',
    path: '/wise/14575290',
    field: 'Preferred name',
    other: 'City',
    save: 'Save',
    sessionEnded: /^The session has ended/,
  },
  {
    id: 'navixy',
    path: '/navixy',
    field: 'First name',
    other: 'City (postal)',
    save: 'Save',
    sessionEnded: /^The session has ended/,
  },
  {
    id: 'nexudus',
    path: '/nexudus',
    field: 'Full name',
    other: 'City',
    save: 'Save Personal information',
    tab: 'Personal information',
    sessionEnded: /^The session has ended/,
  },
  {
    id: 'uphold',
    path: '/uphold/profile?scenario=uphold:flat-profile',
    field: 'Full name',
    other: 'City',
    save: 'Save',
    sessionEnded: /^The session has ended/,
  },
];

const withQuery = (path: string, query: string) =>
  path.includes('?') ? `${path}&${query}` : `${path}?${query}`;

async function open(page: Page, subject: Subject, query = '') {
  await page.goto(query ? withQuery(subject.path, query) : subject.path);
  if (subject.tab) await page.getByRole('tab', { name: subject.tab }).click();
  await expect(input(page, subject.field)).not.toHaveValue('');
}

const input = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const saveButton = (page: Page, subject: Subject) =>
  page.getByRole('button', { name: subject.save, exact: true });

/** Opens the profile in a new page of the same browser (its sandbox state) and returns the field's value. */
async function valueAtProvider(context: BrowserContext, subject: Subject, label: string) {
  const reader = await context.newPage();
  await reader.goto(subject.path);
  if (subject.tab) await reader.getByRole('tab', { name: subject.tab }).click();
  await expect(input(reader, label)).not.toHaveValue('');
  const value = await input(reader, label).inputValue();
  await reader.close({ runBeforeUnload: false });
  return value;
}

/** The drafts this browser keeps in IndexedDB (what a crash leaves behind), as text. */
const storedDrafts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('profile-editor');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve('');
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
        };
        open.onerror = () => resolve('');
      }),
  );

for (const subject of subjects) {
  test.describe(`${subject.id}: faults on save`, () => {
    test('save answered 500: says so, keeps the typed value, nothing written', async ({ page, context }) => {
      await open(page, subject, `fail=${subject.id}:500`);
      const before = await input(page, subject.field).inputValue();
      await input(page, subject.field).fill('Alba Marsh');
      await saveButton(page, subject).click();
      // Each provider's own words, with the status and what became of the typed values.
      await expect(page.getByRole('status')).toContainText('500');
      await expect(page.getByRole('status')).toContainText('Your changes are kept in the form.');
      await expect(input(page, subject.field)).toHaveValue('Alba Marsh');
      await expect(saveButton(page, subject)).toBeEnabled();
      expect(await valueAtProvider(context, subject, subject.field)).toBe(before);
    });

    test('network drop on save: checks, says nothing was saved, keeps the typed value', async ({
      page,
      context,
    }) => {
      await open(page, subject, `fail=${subject.id}:network`);
      const before = await input(page, subject.field).inputValue();
      await input(page, subject.field).fill('Brook Vale');
      await saveButton(page, subject).click();
      await expect(page.getByRole('status')).toContainText('could not be reached');
      await expect(page.getByRole('status')).toContainText('not saved (we checked)');
      await expect(input(page, subject.field)).toHaveValue('Brook Vale');
      expect(await valueAtProvider(context, subject, subject.field)).toBe(before);
    });

    test('very slow save: progress and Cancel, then the truth: the change arrived', async ({
      page,
      context,
    }) => {
      // The write lands at once but its answer takes 8 s; the editor stops waiting after 3 s and checks.
      await open(page, subject, `slow=${subject.id}:8000&timeout=3000`);
      await input(page, subject.field).fill('Cora Lind');
      await saveButton(page, subject).click();
      await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
      await expect(page.getByRole('status')).toContainText('slow to answer, but your changes arrived', {
        timeout: 15_000,
      });
      await expect(input(page, subject.field)).toHaveValue('Cora Lind');
      expect(await valueAtProvider(context, subject, subject.field)).toBe('Cora Lind');
    });

    test('session ended on save: offers to sign in again, keeps the value, then saves it', async ({
      page,
      context,
    }) => {
      await open(page, subject);
      await input(page, subject.field).fill('Dana Holt');
      await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
      const ended = page.getByRole('checkbox', { name: subject.sessionEnded });
      await ended.check();
      await saveButton(page, subject).click();
      await expect(page.getByRole('button', { name: 'Sign in again' })).toBeVisible();
      await expect(input(page, subject.field)).toHaveValue('Dana Holt');

      await ended.uncheck();
      await page.getByRole('button', { name: 'Sign in again' }).click();
      await saveButton(page, subject).click();
      await expect(page.getByRole('status')).toContainText('Saved');
      expect(await valueAtProvider(context, subject, subject.field)).toBe('Dana Holt');
    });

    test('offline: the save waits, survives the tab being closed, and is sent when back online', async ({
      page,
      context,
    }) => {
      await open(page, subject);
      await context.setOffline(true);
      await input(page, subject.field).fill('Eden Park');
      await saveButton(page, subject).click();
      await expect(page.getByRole('status')).toContainText("You're offline — we'll save when you're back.");
      await expect.poll(() => storedDrafts(page)).toContain('"pending"');
      await page.close({ runBeforeUnload: false });

      await context.setOffline(false);
      const next = await context.newPage();
      await next.goto(subject.path);
      if (subject.tab) await next.getByRole('tab', { name: subject.tab }).click();
      await expect(next.getByRole('status')).toContainText('Saved');
      await expect(input(next, subject.field)).toHaveValue('Eden Park');
      expect(await valueAtProvider(context, subject, subject.field)).toBe('Eden Park');
    });

    test('tab crash mid-edit: the draft comes back with a notice and can be saved', async ({
      page,
      context,
    }) => {
      await open(page, subject);
      await input(page, subject.field).fill('Fern Ash');
      await input(page, subject.field).blur();
      await expect.poll(() => storedDrafts(page)).toContain('Fern Ash');
      await page.close({ runBeforeUnload: false });

      const next = await context.newPage();
      await next.goto(subject.path);
      if (subject.tab) await next.getByRole('tab', { name: subject.tab }).click();
      await expect(next.getByRole('status')).toContainText('Restored your unsaved changes');
      await expect(input(next, subject.field)).toHaveValue('Fern Ash');
      await saveButton(next, subject).click();
      await expect(next.getByRole('status')).toContainText('Saved');
      expect(await valueAtProvider(context, subject, subject.field)).toBe('Fern Ash');
      expect(await storedDrafts(next)).not.toContain('Fern Ash');
    });

    test('saved meanwhile in another tab: both values shown, the user chooses, nothing else reverted', async ({
      page,
      context,
    }) => {
      await open(page, subject);
      const other = await context.newPage();
      await open(other, subject);

      await input(page, subject.field).fill('Gale Mine');
      await input(other, subject.field).fill('Gale Theirs');
      await input(other, subject.other).fill('Hale Theirs');
      await saveButton(other, subject).click();
      await expect(other.getByRole('status')).toContainText('Saved');

      // Back to the first tab, as a person would switch to it: a tab in the background draws no frames, and a click
      // there waits for two (Playwright's check that the target stands still) until a fallback timer, ~2 s a click.
      await page.bringToFront();
      const conflict = page.getByRole('region', { name: 'Changed in two places' });
      await expect(conflict).toContainText('Yours: Gale Mine');
      await expect(conflict).toContainText('Gale Theirs');
      await expect(input(page, subject.other)).toHaveValue('Hale Theirs');
      await conflict.getByRole('button', { name: 'Keep mine' }).click();
      await saveButton(page, subject).click();
      await expect(page.getByRole('status')).toContainText('Saved');

      expect(await valueAtProvider(context, subject, subject.field)).toBe('Gale Mine');
      expect(await valueAtProvider(context, subject, subject.other)).toBe('Hale Theirs');
    });
  });
}
