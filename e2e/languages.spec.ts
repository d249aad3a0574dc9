// One full edit in German (the browser's language) and one in Japanese (`?lang=ja`): the page says which language
// it shows (`html[lang]`), the labels, our validation messages and the editor's chrome (page title, Save, the
// status next to it, the error summary) are translated, and a save reaches the provider. The kit's Save helpers
// match English names, so these journeys press the translated Save button themselves.
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
    await expect(page).toHaveTitle('Profil bei Camunda 7 — demo · Profil-Editor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Profil bei Camunda 7');
    const save = page.getByRole('button', { name: 'Speichern', exact: true });
    await expect(editor.field('Vorname')).toHaveValue('Demo');
    await expect(editor.field('Benutzer-ID')).toHaveAccessibleDescription(/kann nicht geändert werden/);

    await editor.fill('Vorname', '');
    await save.click();
    await expect(page.locator('[data-save-status="invalid"]')).toHaveText(
      'Bitte korrigieren Sie das markierte Feld, bevor Sie speichern.',
    );
    await expect(
      page.getByText('1 Feld muss korrigiert werden, bevor gespeichert werden kann'),
    ).toBeVisible();
    await expect(editor.field('Vorname')).toHaveAccessibleDescription(/Dieses Feld ist ein Pflichtfeld\./);
    expect(await sandbox.sentBodies({ method: 'PUT' })).toEqual([]);

    await editor.fill('Vorname', 'Jürgen');
    await save.click();
    await expect(page.locator('[data-save-status="saved"]')).toHaveText(
      'Gespeichert (gerade eben). Ihr Profil bei Camunda 7 ist auf dem neuesten Stand.',
    );
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
    await expect(page).toHaveTitle('Wiseのプロフィール — 14575290 · プロフィールエディター');
    await expect(page.getByRole('navigation', { name: 'パンくずリスト' })).toContainText('すべてのサービス');
    const save = page.getByRole('button', { name: '保存', exact: true });
    await expect(editor.field('名')).toHaveValue('Olivia');
    await expect(editor.field('姓（カタカナ）')).toBeVisible();

    await editor.fill('姓（カタカナ）', 'Jones');
    await save.click();
    await expect(page.locator('[data-save-status="invalid"]')).toHaveText(
      '保存する前に、強調表示された項目を修正してください。',
    );
    await expect(editor.field('姓（カタカナ）')).toHaveAccessibleDescription(
      /カタカナのみで入力してください/,
    );

    await editor.fill('姓（カタカナ）', 'ジョーンズ');
    await save.click();
    await expect(page.locator('[data-save-status="saved"]')).toHaveText(
      '保存しました（たった今）。Wiseのプロフィールは最新の状態です。',
    );
    const [sent] = (await sandbox.sentBodies({ provider: 'wise', method: 'PUT' })) as Array<
      Record<string, unknown>
    >;
    expect(sent).toMatchObject({ lastNameInKana: 'ジョーンズ' });
    await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
  });
});
