// The accessibility matrix: axe-core at the WCAG 2.2 AA tags over every route and state — loaded, validation errors,
// server error, read-only, session ended, embedded, dark, 390 px — in English, German and Japanese. One page load per
// state, several checks per page (light at 1280 px, then dark, then 390 px on the same page where the state allows).
// Each state is a row: add a row for a new route or state; a language runs every route and its share of the states.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Editor, type Portal, type Sandbox, type ScenarioQuery } from './kit';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Languages the matrix runs in; `undefined` is the default (the browser's, en-GB here) and runs every row. German
 * and Japanese run every route (light at 1280 px, then dark at 390 px: translated words change lengths, names and
 * layout) and share the state rows between them (each state in one of the two), and the embed in each.
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
  /**
   * Which checks run on the loaded page: light at 1280 px always; dark and 390 px unless the state forbids;
   * 'dark-mobile' is both in one check (dark at 390 px), for the translated rows.
   */
  variants?: ReadonlyArray<'dark' | 'mobile' | 'dark-mobile'>;
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

/** The names a translated row uses in that language (the kit's helpers match English names). */
interface Words {
  appName: string;
  openProfile: string;
  sandboxScenarios: string;
  save: string;
  savePart: (part: string) => string;
  firstName: string;
  lastName: string;
  email: string;
  signInAgain: string;
  readOnly: string;
  allProviders: string;
  credentials: string;
  oldPassword: string;
  newPassword: string;
  repeatNewPassword: string;
}

const WORDS: Record<string, Words> = {
  de: {
    appName: 'Profil-Editor',
    openProfile: 'Profil öffnen',
    sandboxScenarios: 'Sandbox-Szenarien',
    save: 'Speichern',
    savePart: (part) => `${part} speichern`,
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
    signInAgain: 'Erneut anmelden',
    readOnly: 'Nur lesbar',
    allProviders: 'Alle Anbieter',
    credentials: 'Zugangsdaten',
    oldPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    repeatNewPassword: 'Neues Passwort wiederholen',
  },
  ja: {
    appName: 'プロフィールエディター',
    openProfile: 'プロフィールを開く',
    sandboxScenarios: 'サンドボックスのシナリオ',
    save: '保存',
    savePart: (part) => `${part}を保存`,
    firstName: '名',
    lastName: '姓',
    email: 'メールアドレス',
    signInAgain: 'もう一度サインイン',
    readOnly: '読み取り専用',
    allProviders: 'すべてのサービス',
    credentials: 'ログイン情報',
    oldPassword: '現在のパスワード',
    newPassword: '新しいパスワード',
    repeatNewPassword: '新しいパスワード（確認）',
  },
};

/** Which language runs which state row (each state in one of them; every route runs in both). */
const STATES_IN: Record<string, readonly string[]> = {
  de: [
    'validation errors (Nexudus, a section form)',
    'server error on save',
    'read-only',
    'session ended on load',
  ],
  ja: ['validation errors (Camunda)', 'server error on load', 'session ended on save'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title in the language: names the page's provider (when given) and ends with the app's name in it. */
const titleIn = (words: Words, provider?: string) =>
  new RegExp(`${provider ? `${escape(provider)}.*` : ''} · ${escape(words.appName)}$`);

/** Clicks a translated Save and waits for the line next to it to say how the save ended. */
async function saveIn(page: Page, name: string, outcome: 'invalid' | 'failed') {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator(`[data-save-status="${outcome}"]`).first()).toBeVisible();
}

/** Every route, and this language's share of the states, driven by the language's names. */
function translatedRows(lang: string): Row[] {
  const words = WORDS[lang];
  const states = STATES_IN[lang];
  if (!words || !states) throw new Error(`No translated a11y rows for "${lang}": add its words to WORDS.`);
  const both = ['dark-mobile'] as const;
  const routes: Row[] = [
    {
      name: 'provider list',
      open: async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      },
      variants: both,
      title: titleIn(words),
    },
    {
      name: 'not found',
      open: async ({ page }) => {
        await page.goto(`/acme/1?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      },
      variants: both,
      title: titleIn(words),
    },
    {
      name: 'asking for the profile id',
      open: async ({ page }) => {
        await page.goto(`/camunda?lang=${lang}`);
        await expect(page.getByRole('button', { name: words.openProfile })).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'Camunda loaded',
      open: ({ editor }) => openProfile(editor, 'camunda', { userId: 'demo' }, lang),
      variants: both,
      title: titleIn(words, 'Camunda 7'),
      then: {
        name: 'sandbox panel open',
        run: async (page) => {
          await page.getByRole('button', { name: words.sandboxScenarios }).click();
          await expect(page.getByRole('checkbox').first()).toBeVisible();
        },
      },
    },
    {
      name: 'Wise loaded (verified: locked fields)',
      open: ({ editor }) => openProfile(editor, 'wise', { profileId: '14575282' }, lang),
      variants: both,
      title: titleIn(words, 'Wise'),
    },
    {
      name: 'Navixy loaded',
      open: ({ editor }) => openProfile(editor, 'navixy', {}, lang),
      variants: both,
      title: titleIn(words, 'Navixy'),
    },
    {
      name: 'Nexudus loaded',
      open: ({ editor }) => openProfile(editor, 'nexudus', {}, lang),
      variants: both,
      title: titleIn(words, 'Nexudus'),
    },
    {
      name: 'Uphold overview',
      open: async ({ page }) => {
        await page.goto(`/uphold?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
      },
      variants: both,
      title: titleIn(words, 'Uphold'),
    },
    {
      name: 'Uphold profile process',
      open: ({ editor }) => openProfile(editor, 'uphold', { process: 'profile' }, lang),
      variants: both,
      title: titleIn(words, 'Uphold'),
    },
  ];
  const stateRows: Row[] = [
    {
      name: 'validation errors (Camunda)',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang);
        await editor.fill(words.email, 'not-an-email');
        await saveIn(page, words.save, 'invalid');
        await expect(page.locator('[data-error-summary]')).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'validation errors (Nexudus, a section form)',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'nexudus', {}, lang);
        await editor.section(words.credentials);
        await editor.fill(words.oldPassword, 'coworking1');
        await editor.fill(words.newPassword, 'newpass42');
        await editor.fill(words.repeatNewPassword, 'newpass43');
        await saveIn(page, words.savePart(words.credentials), 'invalid');
      },
      variants: both,
      title: titleIn(words, 'Nexudus'),
    },
    {
      name: 'server error on save',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { fail: 'camunda:500' });
        await editor.fill(words.lastName, 'Kept');
        await saveIn(page, words.save, 'failed');
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'server error on load',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { scenario: 'camunda:load-error' });
        await expect(editor.alert).toBeVisible();
        await expect(page.getByRole('link', { name: words.allProviders })).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'read-only',
      open: async ({ editor, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang, { scenario: 'camunda:read-only' });
        await expect(page.getByRole('note', { name: words.readOnly })).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'session ended on save',
      open: async ({ editor, sandbox, page }) => {
        await openProfile(editor, 'camunda', { userId: 'demo' }, lang);
        await editor.fill(words.firstName, 'Still here');
        await sandbox.scenario('camunda', 'unauthorized');
        await saveIn(page, words.save, 'failed');
        await expect(page.getByRole('button', { name: words.signInAgain })).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Camunda 7'),
    },
    {
      name: 'session ended on load',
      open: async ({ editor }) => {
        await openProfile(editor, 'nexudus', {}, lang, { scenario: 'nexudus:unauthorized' });
        await expect(editor.alert).toBeVisible();
      },
      variants: both,
      title: titleIn(words, 'Nexudus'),
    },
  ];
  const unknown = states.filter((name) => !stateRows.some((row) => row.name === name));
  if (unknown.length > 0) throw new Error(`No translated state rows called ${unknown.join(', ')}.`);
  return [...routes, ...stateRows.filter((row) => states.includes(row.name))];
}

/**
 * axe at the WCAG 2.2 AA tags on the page (or only inside `include`, the portal's cross-origin frame), every violation
 * listed by rule and node. A page of our own has no frame, so axe runs in it directly (its legacy mode): the default
 * runs axe in each frame and then opens a blank page to merge the results, twice the time (0.6 against 1.1–1.4 s a
 * check on an idle machine). The check says so if a frame ever appears, rather than leave the frame unchecked.
 */
async function expectNoViolations(page: Page, what: string, waivers: Waiver[] = [], include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder = builder.include(include);
  else {
    expect(page.frames(), `frames on the page (${what}): check them in axe's frame mode`).toHaveLength(1);
    builder = builder.setLegacyMode(true);
  }
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
        if (row.variants?.includes('mobile') || row.variants?.includes('dark-mobile')) {
          if (row.variants.includes('dark-mobile')) await goDark(page);
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
      test.skip(lang !== undefined, 'the embed in German and Japanese is its own test below');
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

    // The portal's init.locale (the demo portal's ?locale=): German in light, Japanese in dark with errors shown.
    test("embedded in a partner portal, in the portal's locale", async ({ portal, page }) => {
      const words = lang === undefined ? undefined : WORDS[lang];
      test.skip(words === undefined, 'the embed in the default language is the test above');
      if (!words) return;
      const dark = lang === 'ja';
      // The demo portal's own settings ride along with the sandbox's (`ScenarioQuery` names only the latter).
      const sandboxQuery: ScenarioQuery = {};
      const portalQuery = { locale: lang ?? '', ...(dark ? { mode: 'dark' } : {}) };
      const editor = await portal.open({ provider: 'camunda', query: { ...sandboxQuery, ...portalQuery } });
      await expect(editor.field(words.firstName)).toHaveValue('Demo');
      await expect(editor.root.locator('html')).toHaveAttribute('lang', lang ?? '');
      await expect(editor.root.locator('html')).toHaveAttribute('data-color-scheme', dark ? 'dark' : 'light');
      if (dark) {
        await editor.fill(words.email, 'not-an-email');
        await editor.root.getByRole('button', { name: words.save, exact: true }).click();
        await expect(editor.root.locator('[data-save-status="invalid"]').first()).toBeVisible();
      }
      await paintPortalBackground(portal);
      await expectNoViolations(
        page,
        `embedded, ${lang ?? ''}, ${dark ? 'dark, validation errors' : 'light'}`,
        [],
        await frameSelector(portal.frame),
      );
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
