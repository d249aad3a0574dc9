// One full edit in German (the browser's language) and one in Japanese (`?lang=ja`): the page says which language
// it shows (`html[lang]`), the labels and our validation messages are translated, and a save reaches the provider.
import { expect, test } from './kit';

test.describe('in German, from the browser’s language', () => {
  test.use({ locale: 'de-DE' });

  test('Camunda: German labels and validation message, a save, the value after a reload', async ({
    editor,
    page,
    sandbox,
  }) => {
    await editor.open('camunda', { userId: 'demo' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(editor.field('Vorname')).toHaveValue('Demo');
    await expect(editor.field('Benutzer-ID')).toHaveAccessibleDescription(/kann nicht geändert werden/);

    await editor.fill('Vorname', '');
    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      fields: [{ field: 'Vorname', message: 'Dieses Feld ist ein Pflichtfeld.' }],
    });
    expect(await sandbox.sentBodies({ method: 'PUT' })).toEqual([]);

    await editor.fill('Vorname', 'Jürgen');
    expect((await editor.save()).kind).toBe('saved');
    await page.reload();
    await editor.ready();
    await expect(editor.field('Vorname')).toHaveValue('Jürgen');
    await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  });
});

test.describe('in Japanese, chosen with ?lang=ja', () => {
  test('Wise: Japanese labels, the Katakana rule in Japanese, a Katakana name saved', async ({
    editor,
    page,
    sandbox,
  }) => {
    await editor.open('wise', { profileId: '14575290' }, { query: { lang: 'ja' } });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(editor.field('名')).toHaveValue('Olivia');
    await expect(editor.field('姓（カタカナ）')).toBeVisible();

    await editor.fill('姓（カタカナ）', 'Jones');
    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      fields: [
        { field: '姓（カタカナ）', message: expect.stringContaining('カタカナのみで入力してください') },
      ],
    });

    await editor.fill('姓（カタカナ）', 'ジョーンズ');
    expect((await editor.save()).kind).toBe('saved');
    const [sent] = (await sandbox.sentBodies({ provider: 'wise', method: 'PUT' })) as Array<
      Record<string, unknown>
    >;
    expect(sent).toMatchObject({ lastNameInKana: 'ジョーンズ' });
    await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
  });
});
