// Reads the README's accessible-names table (generated from the providers' specs by `npm run docs:names`): the names
// a test may rely on, per provider, section and kind, with a note when a name is there only sometimes.
export interface NameRow {
  provider: string;
  section: string;
  kind: 'field' | 'section' | 'action';
  name: string;
  note: string;
}

const KINDS = ['field', 'section', 'action'] as const;
const isKind = (value: string): value is NameRow['kind'] => (KINDS as readonly string[]).includes(value);

/** The rows of the table that follows the `accessible-names:start` marker in a README. */
export function readNamesTable(readme: string): NameRow[] {
  const start = readme.indexOf('<!-- accessible-names:start');
  const end = readme.indexOf('<!-- accessible-names:end -->');
  if (start < 0 || end < start) throw new Error('The README has no accessible-names table.');
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((value) => value.trim().replaceAll('\\|', '|'));
      const [provider = '', section = '', kind = '', name = '', note = ''] = cells;
      if (!isKind(kind)) throw new Error(`The names table has a row of unknown kind "${kind}": ${line}`);
      return { provider, section, kind, name, note };
    });
}

/** Whether a row's name is on the page whatever the data (not conditional, not per list item, always offered). */
export const alwaysShown = (row: NameRow) => !/shown when|hidden when|each item|not offered/.test(row.note);
