// Typing in a picker (a country, a choice): the characters typed stay in the input, out of React, and the picker
// hears the whole text before it acts. What a person sees must be what it acts on.
import { expect, test } from './kit';

test('typing in a country picker: every key shows, the list follows the whole text, Enter picks what it shows', async ({
  page,
}) => {
  await page.goto('/navixy');
  const country = page.getByRole('combobox', { name: 'Country (postal)' });
  await expect(country).toHaveValue('USA');
  await country.click();
  await page.keyboard.type('Swi');
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option')).toHaveText(['Switzerland']);
  // As fast as a person can type: "t", "z" change nothing listed, "q" leaves nothing to list.
  await page.keyboard.type('tzq');
  await expect(country).toHaveValue('Switzq');
  await expect(page.getByText('No options')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(country).toHaveValue('Switz');
  await expect(listbox.getByRole('option')).toHaveText(['Switzerland']);
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('Switzerland');
  await expect(listbox).toBeHidden();
});

test('a choice on a long form: text typed after the list emptied is kept, and leaving puts the choice back', async ({
  page,
}) => {
  await page.goto('/bench?n=50');
  const choice = page.getByRole('combobox', { name: 'Choice 2', exact: true });
  await choice.click();
  await page.keyboard.type('gam');
  await page.keyboard.press('Enter');
  await expect(choice).toHaveValue('gamma');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('xyzzy', { delay: 40 });
  await expect(choice).toHaveValue('gammaxyzzy');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(choice).toHaveValue('gamma');
  // Escape closes the list, a second one empties the field (as it does when every key reached the picker).
  await choice.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('qq');
  await page.keyboard.press('Escape');
  await expect(choice).toHaveValue('gammaqq');
  await page.keyboard.press('Escape');
  await expect(choice).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Clear Choice 2' })).toBeHidden();
});
