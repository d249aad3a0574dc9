// A field is drawn as one box in the page's flow: its label, outline, arrow and control are grid items, not
// positioned or transformed boxes, so Chromium hit-tests and paints one layer per field instead of four. The field
// must still look the same: the label on the outline's top edge, the control inside its box, nothing wider than
// the page.
import { expect, test } from './kit';

test('an editable field has no positioned, transformed or stacking part inside it; only the field is a layer', async ({
  page,
}) => {
  await page.goto('/bench?n=10');
  await expect(page.getByLabel('Text 0')).toBeVisible();
  const layered = await page.evaluate(() => {
    const found: string[] = [];
    const why = (style: CSSStyleDeclaration) =>
      [
        style.position !== 'static' && `position: ${style.position}`,
        style.transform !== 'none' && 'transform',
        style.isolation === 'isolate' && 'isolation',
        style.zIndex !== 'auto' && 'z-index',
        style.opacity !== '1' && 'opacity',
        style.overflow === 'auto' && 'scrolling',
      ].filter((reason) => reason !== false);
    for (const field of document.querySelectorAll('.pe-field')) {
      const own = getComputedStyle(field);
      if (own.position !== 'static' || own.transform !== 'none') found.push(`field ${field.className}`);
      for (const part of field.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(part, pseudo);
          if (pseudo !== null && style.content === 'none') continue;
          const reasons = why(style);
          if (reasons.length > 0)
            found.push(`${part.className || part.tagName}${pseudo ?? ''}: ${reasons.join(', ')}`);
        }
      }
    }
    return { fields: document.querySelectorAll('.pe-field').length, found };
  });
  expect(layered.fields).toBeGreaterThan(5);
  expect(layered.found).toEqual([]);
});

test('a field looks as before: its label on the outline, its control filling the box, the page no wider than the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/navixy');
  const country = page.getByRole('combobox', { name: 'Country (postal)' });
  await expect(country).toHaveValue('USA');
  const geometry = await page.evaluate(() =>
    [...document.querySelectorAll('.pe-field')].flatMap((field) => {
      const box = field.querySelector('.pe-box')?.getBoundingClientRect();
      const label = field.querySelector('.pe-label')?.getBoundingClientRect();
      const control = field.querySelector('.pe-input')?.getBoundingClientRect();
      const outline = field.querySelector('.pe-outline')?.getBoundingClientRect();
      if (!box || !label || !control || !outline) return [];
      return [
        {
          label: field.querySelector('.pe-label')?.textContent ?? '',
          labelMiddleToBoxTop: Math.abs(label.top + label.height / 2 - box.top),
          labelInset: label.left - box.left,
          controlOverflow: control.right - box.right,
          outlineTopAboveBox: box.top - outline.top,
          outlineWidthOff: Math.abs(outline.width - box.width),
        },
      ];
    }),
  );
  expect(geometry.length).toBeGreaterThan(3);
  for (const field of geometry) {
    expect(field.labelMiddleToBoxTop, field.label).toBeLessThanOrEqual(1);
    expect(field.labelInset, field.label).toBeCloseTo(14, 0);
    expect(field.controlOverflow, field.label).toBeLessThanOrEqual(0);
    expect(field.outlineTopAboveBox, field.label).toBeCloseTo(5, 0);
    expect(field.outlineWidthOff, field.label).toBeLessThanOrEqual(0.5);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // An open list lies over the fields below it, as wide as the box.
  await country.click();
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const [list, box] = await Promise.all([
    listbox.boundingBox(),
    page.locator('.pe-field--open .pe-box').boundingBox(),
  ]);
  expect(list?.width).toBeCloseTo(box?.width ?? 0, 0);
  expect((list?.y ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0))).toBeCloseTo(4, 0);
  const top = await page.evaluate(() => {
    const option = document.querySelector('[role="option"]')?.getBoundingClientRect();
    if (!option) return '';
    return (
      document.elementFromPoint(option.left + 10, option.top + option.height / 2)?.getAttribute('role') ?? ''
    );
  });
  expect(top).toBe('option');
});

test('a field keeps room for its help line without one in the page: an error appearing moves nothing below it', async ({
  page,
}) => {
  await page.goto('/bench?n=10');
  const text = page.getByLabel('Text 0');
  const below = page.getByLabel('Date 1');
  await expect(text).toHaveValue('Sample');
  // Six elements per text field: no empty help line waits in the page.
  await expect(page.locator('.pe-field').filter({ has: text }).locator('.pe-help')).toHaveCount(0);
  const before = await below.boundingBox();
  await text.fill('');
  await text.blur();
  await expect(text).toHaveAccessibleDescription(/.+/);
  await expect(page.locator('.pe-field').filter({ has: text }).locator('.pe-help')).toBeVisible();
  expect((await below.boundingBox())?.y).toBe(before?.y);
  // The outline's gap is the label's width and 5 px on either side.
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('.pe-field')].flatMap((field) => {
      const label = field.querySelector('.pe-label')?.getBoundingClientRect();
      const legend = field.querySelector('.pe-outline > legend')?.getBoundingClientRect();
      return label && legend ? [Math.abs(legend.width - (label.width + 10))] : [];
    }),
  );
  expect(gaps.length).toBeGreaterThan(5);
  for (const off of gaps) expect(off).toBeLessThanOrEqual(1);
});
