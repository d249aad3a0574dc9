// The editor's layout at 320 px and 1280 px: every tab is on screen and reachable (none clipped, no scroll
// chevrons), also in the embed; the save status is in the viewport after Save on the longest forms (Wise, Nexudus)
// and after a failure; a long form has a section navigation whose links bring their section into view.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './kit';

const WIDTHS = [320, 1280];
const NEXUDUS_TABS = [
  'Personal information',
  'Billing',
  'Professional profile',
  'Social media',
  'Notification preferences',
  'Credentials',
];

const statusLine = (page: Page) =>
  page.locator('[data-save-bar] [data-save-status]').filter({ visible: true });

/** Whether the element's box lies inside the page's width and inside every ancestor that clips. */
const unclipped = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth + 0.5)
      return false;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) return false;
    }
    return true;
  });

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('Nexudus: every tab is shown whole, none behind a scroll button', async ({ page, editor }) => {
      await editor.open('nexudus');
      const tabs = page.getByRole('tablist', { name: 'Profile sections' }).getByRole('tab');
      await expect(tabs).toHaveCount(NEXUDUS_TABS.length);
      for (const name of NEXUDUS_TABS) {
        const tab = page.getByRole('tab', { name, exact: true });
        await expect(tab).toBeVisible();
        expect(await unclipped(tab), `tab "${name}" is clipped`).toBe(true);
      }
      await expect(page.locator('.MuiTabs-scrollButtons')).toHaveCount(0);
      // No control of the form sticks out of the page either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await editor.section('Notification preferences');
    });

    test('Nexudus: after Save the status is in the viewport', async ({ page, editor }) => {
      await editor.open('nexudus');
      await editor.fill('Nickname', 'JD');
      expect((await editor.save({ section: 'Personal information' })).kind).toBe('saved');
      await expect(statusLine(page)).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Save Personal information' })).toBeInViewport();
    });

    test('Wise: the save status is in the viewport after Save, and after a failure', async ({
      page,
      editor,
    }) => {
      await editor.open('wise', { profileId: '14575282' });
      // A field near the top of a form far longer than the screen.
      await editor.fill('Preferred name', 'Olly');
      const save = page.getByRole('button', { name: 'Save', exact: true });
      await expect(save).toBeInViewport();
      expect((await editor.save()).kind).toBe('saved');
      await expect(statusLine(page)).toBeInViewport();
      await expect(statusLine(page)).toContainText('Saved just now');
    });

    test('Wise: a failed save says so next to Save, in the viewport, with Retry', async ({
      page,
      editor,
    }) => {
      await editor.open('wise', { profileId: '14575282' }, { query: { fail: 'wise:500' } });
      await editor.fill('Preferred name', 'Olly');
      expect((await editor.save()).kind).toBe('failure');
      await expect(statusLine(page)).toHaveAttribute('data-save-status', 'failed');
      await expect(statusLine(page)).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Retry' })).toBeInViewport();
    });

    test('Wise: the section navigation brings a section into view and focuses its title', async ({
      page,
      editor,
    }) => {
      await editor.open('wise', { profileId: '14575282' });
      const nav = page.getByRole('navigation', { name: 'Sections of this form' });
      await nav.getByRole('link', { name: 'Your reference' }).click();
      const heading = page.getByRole('heading', { name: 'Your reference' });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      await expect(nav.getByRole('link', { name: 'Your reference' })).toHaveAttribute(
        'aria-current',
        'location',
      );
    });
  });
}

test.describe('the sticky save bar', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a mouse click on Save, pressed and released slowly, does not move the page and saves', async ({
    page,
    editor,
  }) => {
    await editor.open('wise', { profileId: '14575282' });
    // The journey of issue 9's report: a move to the US, the phone number filled last, Save clicked.
    await editor.pickCountry('Country', 'United States');
    await editor.select('State, province or territory', 'New York');
    await editor.fill('City', 'New York');
    await editor.fill('Post code', '10001');
    // The last field of the form has the focus (the page scrolled it into view, above the floating bar).
    await editor.fill('Phone number', '+12125550123');
    await expect(page.locator('[data-save-bar]')).toHaveAttribute('data-floating', 'true');
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect(save).toBeInViewport();
    const scrolled = () =>
      page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(scrollY))));
    const before = await scrolled();
    // Pressed where Save is on the screen now (a person's click: no scrolling before it, as a locator's would).
    const box = await save.boundingBox();
    if (!box) throw new Error('Save has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Save took the focus: the page must stay where it is, or the release lands beside Save.
    await expect(save).toBeFocused();
    expect(await scrolled()).toBe(before);
    await page.mouse.up();
    await expect(statusLine(page)).toHaveAttribute('data-save-status', 'saved');
  });
});

test('embedded in a 320 px frame, Nexudus shows every tab whole', async ({ portal }) => {
  await portal.open({ provider: 'nexudus' });
  // The portal gives the editor a narrow column: the frame's own width is what its layout follows.
  await portal.frame.evaluate((frame) => {
    (frame as HTMLElement).style.width = '320px';
  });
  const frame = portal.editor.root;
  await expect(frame.locator('[data-tab-layout="wrap"]')).toBeVisible();
  for (const name of NEXUDUS_TABS) {
    const tab = frame.getByRole('tab', { name, exact: true });
    await expect(tab).toBeVisible();
    expect(await unclipped(tab), `tab "${name}" is clipped`).toBe(true);
  }
});
