// The accessibility matrix: axe-core at the WCAG 2.2 AA tags over every route and state — loaded, validation errors,
// server error, read-only, session ended, embedded, dark, 390 px. One page load per state, several checks per page
// (light at 1280 px, then dark, then 390 px on the same page where the state allows). Each state is a row: add a
// row for a new route or state, add a language to LANGUAGES (the i18n branch's `?lang=`) to run every row in it.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Editor, type Portal, type Sandbox, type ScenarioQuery } from './kit';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Languages the matrix runs in; `undefined` is the default (the browser's, en-GB here) and runs every row. Another
 * language runs a lean subset (TRANSLATED_ROWS: a loaded provider page and a validation-error state), which is
 * where translated words change lengths, names and contrast-relevant layout.
 */
const LANGUAGES: ReadonlyArray<string | undefined> = [undefined, 'de', 'ja'];

const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

/** A rule switched off for one state, with the reason (the code that causes it and who owns it). */
interface Waiver {
  rule: string;
  reason: string;
}

interface Row {
  name: string;
  /** Opens the page in its state (one page load), `lang` added to the address when given. */
  open: (context: {
    page: Page;
    editor: Editor;
    sandbox: Sandbox;
    lang: string | undefined;
  }) => Promise<void>;
  /** Which checks run on the loaded page: light at 1280 px always; dark and 390 px unless the state forbids. */
  variants?: ReadonlyArray<'dark' | 'mobile'>;
  /** The title the page must have (a page title per route and state). */
  title: RegExp;
  waivers?: Waiver[];
  /** One more state reached on the same page after the other checks (a menu or a panel opened), checked too. */
  then?: { name: string; run: (page: Page) => Promise<void> };
}

const withLang = (query: ScenarioQuery, lang: string | undefined): ScenarioQuery =>
  // `ScenarioQuery` names the sandbox's keys; a language rides along as the i18n branch defines it (`?lang=`).
  lang === undefined ? query : { ...query, ...{ lang } };

async function openProfile(
  editor: Editor,
  provider: string,
  params: Record<string, string>,
  lang: string | undefined,
  query: ScenarioQuery = {},
) {
  await editor.open(provider, params, { query: withLang(query, lang) });
}

const ROWS: Row[] = [
  {
    name: 'provider list',
    open: async ({ page, lang }) => {
      await page.goto(lang ? `/?lang=${lang}` : '/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
    title: /^Edit your profile · Profile editor$/,
    then: {
      name: 'colour-scheme menu open',
      run: async (page) => {
        await page.getByRole('button', { name: /^Colour scheme/ }).click();
        await expect(page.getByRole('menuitemradio', { name: /Dark/ })).toBeVisible();
      },
    },
  },
  {
    name: 'not found',
    open: async ({ page }) => {
      await page.goto('/acme/1');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
    variants: ['dark'],
    title: /^Not found · /,
  },
  {
    name: 'asking for the profile id',
    open: async ({ page, lang }) => {
      await page.goto(lang ? `/camunda?lang=${lang}` : '/camunda');
      await expect(page.getByRole('button', { name: 'Open profile' })).toBeVisible();
    },
    variants: ['dark'],
    title: /Camunda 7.* · Profile editor$/,
  },
  {
    name: 'Camunda loaded',
    open: ({ editor, lang }) => openProfile(editor, 'camunda', { userId: 'demo' }, lang),
    variants: ['dark', 'mobile'],
    title: /^Camunda 7 profile — demo · Profile editor$/,
    then: {
      name: 'sandbox panel open',
      run: async (page) => {
        await page.getByRole('button', { name: 'Sandbox scenarios' }).click();
        await expect(page.getByRole('checkbox').first()).toBeVisible();
      },
    },
  },
  {
    name: 'Wise loaded (verified: locked fields)',
    open: ({ editor, lang }) => openProfile(editor, 'wise', { profileId: '14575282' }, lang),
    variants: ['dark', 'mobile'],
    title: /^Wise profile — 14575282 · /,
  },
  {
    name: 'Navixy loaded',
    open: ({ editor, lang }) => openProfile(editor, 'navixy', {}, lang),
    variants: ['dark', 'mobile'],
    title: /^Navixy profile · /,
  },
  {
    name: 'Nexudus loaded',
    open: ({ editor, lang }) => openProfile(editor, 'nexudus', {}, lang),
    variants: ['dark', 'mobile'],
    title: /^Nexudus profile · /,
  },
  {
    name: 'Uphold overview',
    open: async ({ page, lang }) => {
      await page.goto(lang ? `/uphold?lang=${lang}` : '/uphold');
      // The overview lists the KYC processes, each a section with its own heading.
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
    },
    variants: ['dark', 'mobile'],
    title: /^Uphold — overview · /,
  },
  {
    name: 'Uphold profile process',
    open: ({ editor, lang }) => openProfile(editor, 'uphold', { process: 'profile' }, lang),
    variants: ['dark', 'mobile'],
    title: /^Uphold — Profile · /,
  },
  {
    name: 'validation errors (Camunda)',
    open: async ({ editor, lang }) => {
      await openProfile(editor, 'camunda', { userId: 'demo' }, lang);
      await editor.fill('E-mail', 'not-an-email');
      expect((await editor.save()).kind).toBe('field-error');
    },
    variants: ['dark', 'mobile'],
    title: /^Camunda 7 profile — demo · /,
  },
  {
    name: 'validation errors (Nexudus, a section form)',
    open: async ({ editor, lang }) => {
      await openProfile(editor, 'nexudus', {}, lang);
      await editor.section('Credentials');
      await editor.fill('Current password', 'coworking1');
      await editor.fill('New password', 'newpass42');
      await editor.fill('Repeat new password', 'newpass43');
      expect((await editor.save({ section: 'Credentials' })).kind).toBe('field-error');
    },
    variants: ['dark'],
    title: /^Nexudus profile · /,
  },
  {
    name: 'server error on save',
    open: async ({ editor, lang }) => {
      await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { fail: 'camunda:500' });
      await editor.fill('Last name', 'Kept');
      expect((await editor.save()).kind).toBe('failure');
    },
    variants: ['dark'],
    title: /^Camunda 7 profile — demo · /,
  },
  {
    name: 'server error on load',
    open: async ({ editor, page, lang }) => {
      await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { scenario: 'camunda:load-error' });
      await expect(editor.alert).toBeVisible();
      await expect(page.getByRole('link', { name: 'All providers' })).toBeVisible();
    },
    variants: ['dark'],
    title: /^Error · Camunda 7 profile — demo · /,
  },
  {
    name: 'read-only',
    open: async ({ editor, lang }) => {
      await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { scenario: 'camunda:read-only' });
      await expect(editor.readOnlyNote).toBeVisible();
    },
    variants: ['dark'],
    title: /^Camunda 7 profile — demo · /,
  },
  {
    name: 'session ended on save',
    open: async ({ editor, sandbox, lang }) => {
      await openProfile(editor, 'camunda', { userId: 'demo' }, lang);
      await editor.fill('First name', 'Still here');
      await sandbox.scenario('camunda', 'unauthorized');
      expect((await editor.save()).kind).toBe('failure');
      await expect(editor.root.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    },
    variants: ['dark'],
    title: /^Camunda 7 profile — demo · /,
  },
  {
    name: 'session ended on load',
    open: async ({ editor, lang }) => {
      await openProfile(editor, 'nexudus', {}, lang, { scenario: 'nexudus:unauthorized' });
      await expect(editor.alert).toBeVisible();
    },
    variants: ['dark'],
    title: /^Error · Nexudus profile · /,
  },
];

/** What a translated row needs in that language: the page title and the names it uses. */
const TRANSLATED: Record<string, { title: RegExp; save: string; email: string; sandboxScenarios: string }> = {
  de: {
    title: /^Profil bei Camunda 7 — demo · Profil-Editor$/,
    save: 'Speichern',
    email: 'E-Mail',
    sandboxScenarios: 'Sandbox-Szenarien',
  },
  ja: {
    title: /^Camunda 7のプロフィール — demo · プロフィールエディター$/,
    save: '保存',
    email: 'メールアドレス',
    sandboxScenarios: 'サンドボックスのシナリオ',
  },
};

/** The lean subset a translated language runs (the kit's Save helpers match English names: Save is pressed here). */
function translatedRows(lang: string): Row[] {
  const words = TRANSLATED[lang];
  if (!words) throw new Error(`No translated a11y rows for "${lang}": add its words to TRANSLATED.`);
  return [
    {
      name: 'Camunda loaded',
      open: ({ editor }) => openProfile(editor, 'camunda', { userId: 'demo' }, lang),
      variants: ['dark', 'mobile'],
      title: words.title,
      then: {
        name: 'sandbox panel open',
        run: async (page) => {
          await page.getByRole('button', { name: words.sandboxScenarios }).click();
          await expect(page.getByRole('checkbox').first()).toBeVisible();
        },
      },
    },
    {
      name: 'validation errors (Camunda)',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang);
        await editor.fill(words.email, 'not-an-email');
        await page.getByRole('button', { name: words.save, exact: true }).click();
        await expect(page.locator('[data-save-status="invalid"]')).toBeVisible();
        await expect(page.locator('[data-error-summary]')).toBeVisible();
      },
      variants: ['dark', 'mobile'],
      title: words.title,
    },
  ];
}

/** axe at the WCAG 2.2 AA tags on the page (or only inside `include`), every violation listed by rule and node. */
async function expectNoViolations(page: Page, what: string, waivers: Waiver[] = [], include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder = builder.include(include);
  if (waivers.length > 0) builder = builder.disableRules(waivers.map((waiver) => waiver.rule));
  const { violations } = await builder.analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(found, `axe violations (${what})`).toEqual([]);
}

/** Follows a dark system preference (the app's "System" choice, the default) and waits until the page shows it. */
async function goDark(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
}

for (const lang of LANGUAGES) {
  test.describe(`accessibility (WCAG 2.2 AA)${lang ? `, ${lang}` : ''}`, () => {
    test.use({ viewport: DESKTOP, colorScheme: 'light' });

    for (const row of lang ? translatedRows(lang) : ROWS) {
      test(row.name, async ({ page, editor, sandbox }) => {
        await row.open({ page, editor, sandbox, lang });
        await expect(page).toHaveTitle(row.title);
        const headings = page.getByRole('heading', { level: 1 });
        await expect(headings).toHaveCount(1);

        await expectNoViolations(page, `${row.name}, light, 1280 px`, row.waivers);
        if (row.variants?.includes('dark')) {
          await goDark(page);
          await expectNoViolations(page, `${row.name}, dark, 1280 px`, row.waivers);
        }
        if (row.variants?.includes('mobile')) {
          await page.setViewportSize(MOBILE);
          await expect
            .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
            .toBeLessThanOrEqual(MOBILE.width);
          await expectNoViolations(page, `${row.name}, dark, 390 px`, row.waivers);
        }
        if (row.then) {
          await row.then.run(page);
          await expectNoViolations(page, `${row.name}, ${row.then.name}`, row.waivers);
        }
      });
    }

    test('embedded in a partner portal, light then dark', async ({ portal, page }) => {
      test.skip(lang !== undefined, 'the embed runs in the default language (its locale is the portal’s)');
      const editor = await portal.open({ provider: 'camunda' });
      await expect(editor.field('First name')).toHaveValue('Demo');
      const frame = portal.frame;
      // No app chrome in the embed: no header, no breadcrumbs.
      await expect(editor.root.getByRole('banner')).toHaveCount(0);
      await expect(editor.root.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
      await paintPortalBackground(portal);
      await expectNoViolations(page, 'embedded, light', [], await frameSelector(frame));

      // The portal's dark theme (?mode=dark: init's theme.mode), on a second load of the portal.
      await page.goto(`${new URL(page.url()).origin}/?provider=camunda&mode=dark`);
      await editor.ready();
      await expect(editor.root.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
      await editor.fill('E-mail', 'not-an-email');
      expect((await editor.save()).kind).toBe('field-error');
      await paintPortalBackground(portal);
      await expectNoViolations(page, 'embedded, dark, validation errors', [], await frameSelector(frame));
    });
  });
}

/** A CSS selector for the portal's iframe, so axe checks the editor and not the demo portal around it. */
async function frameSelector(frame: Locator): Promise<string> {
  const title = await frame.getAttribute('title');
  return `iframe[title="${title ?? ''}"]`;
}

/**
 * The embed paints no background: the portal's page shows through the frame. axe cannot see through a frame (it
 * takes a transparent document as white), so the frame's document gets the portal's background, as a person sees it.
 */
async function paintPortalBackground(portal: Portal) {
  const background = await portal.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await portal.editor.root.locator('html').evaluate((html: HTMLElement, color) => {
    html.style.backgroundColor = color;
  }, background);
}
