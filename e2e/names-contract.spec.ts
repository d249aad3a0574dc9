// The README's accessible-names table is a contract: for every provider's first sandbox profile, every field the UI
// shows is in the table, and every name the table says is always there is on the page (fields, sections, actions).
import { readFileSync } from 'node:fs';
import { expect, test } from './kit';
import { alwaysShown, readNamesTable, type NameRow } from './kit/names-table';

const rows = readNamesTable(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
const providers = [...new Set(rows.map((row) => row.provider))];

test('the table lists every provider', () => {
  expect(providers).toEqual(['camunda', 'wise', 'navixy', 'nexudus', 'uphold']);
});

for (const provider of providers) {
  test(`${provider}: the UI and the names table agree`, async ({ editor }) => {
    const own = rows.filter((row) => row.provider === provider);
    const named = (kind: NameRow['kind']) =>
      new Set(own.filter((row) => row.kind === kind).map((row) => row.name));
    await editor.open(provider, PAGE_OF[provider]);
    const tabs = own.filter((row) => row.kind === 'section' && row.note.startsWith('a tab'));
    // A form in tabs is checked tab by tab; a form in groups at once.
    const views = tabs.length > 0 ? tabs.map((tab) => tab.section) : [undefined];
    for (const view of views) {
      if (view) await editor.section(view);
      const page = await editor.inventory();
      const here = own.filter((row) => (view ? row.section === view : true));
      const missing = here
        .filter(alwaysShown)
        .filter((row) => (row.kind === 'field' ? !page.fields.includes(row.name) : false))
        .map((row) => row.name);
      expect(missing, `fields in the table but not in the UI${view ? ` (${view})` : ''}`).toEqual([]);
      const editorFields = page.fields.filter((name) => !isSandboxPanelField(name));
      expect(
        editorFields.filter((name) => !named('field').has(name)),
        `fields in the UI but not in the table${view ? ` (${view})` : ''}`,
      ).toEqual([]);
      for (const action of here.filter((row) => row.kind === 'action' && alwaysShown(row))) {
        expect(page.buttons, `the action "${action.name}"`).toContain(action.name);
      }
    }
    for (const section of own.filter((row) => row.kind === 'section' && alwaysShown(row))) {
      const shown = section.note.startsWith('a tab')
        ? editor.root.getByRole('tab', { name: section.name, exact: true })
        : editor.root.getByText(section.name, { exact: true }).first();
      await expect(shown).toBeVisible();
    }
  });
}

/** Providers with pages: the page the table describes (the sandbox's first example), not the landing page. */
const PAGE_OF: Record<string, Record<string, string>> = { uphold: { process: 'profile' } };

/** The sandbox panel's own controls (collapsed, but a test may open it) and the header's language picker. */
const isSandboxPanelField = (name: string) => /^(Latency \(ms\)|Force .* saves to fail|Language$)/.test(name);
