// The embed answers every portal-triggered save: one blocked by the editor's own checks sends `error` with kind
// `validation` and the invalid fields' paths (names only), and nothing is written.
import { expect, test } from './kit';

test('a portal save blocked by invalid fields answers error (validation) naming the fields', async ({
  portal,
  sandbox,
}) => {
  const editor = await portal.open({ provider: 'camunda' });
  await editor.fill('First name', '');
  await editor.fill('Last name', '');
  expect(await portal.save()).toEqual({
    type: 'error',
    kind: 'validation',
    message: 'Please correct the 2 highlighted fields before saving.',
    fields: ['firstName', 'lastName'],
  });
  const writes = (await sandbox.requests({ provider: 'camunda' })).filter(
    (r) => r.method === 'PUT' || r.method === 'POST',
  );
  expect(writes).toEqual([]);
  // The person sees the same: the summary lists both fields.
  await expect(editor.root.locator('[data-error-summary]')).toContainText('2 fields need correcting');
});
