// `npm run docs:names`: regenerates the README's accessible-names table from the providers' forms (their specs, and
// Uphold's sandbox hint), loaded in Node through Vite (src/testing/accessible-names.ts), and formats the README.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { createServer } from 'vite';

const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
});
let rows;
let names;
try {
  names = await vite.ssrLoadModule('/src/testing/accessible-names.ts');
  rows = await names.registryNames();
} finally {
  await vite.close();
}
const readmePath = new URL('../README.md', import.meta.url);
const readme = await readFile(readmePath, 'utf8');
const updated = names.withNamesTable(readme, names.namesTable(rows));
const options = { ...(await resolveConfig(readmePath)), filepath: readmePath.pathname };
await writeFile(readmePath, await format(updated, options));
console.info(
  `README.md: ${rows.length} accessible names of ${new Set(rows.map((row) => row.provider)).size} providers.`,
);
