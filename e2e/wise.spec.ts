// Wise through every layer, driven by the QA kit: the generated form, the state that follows the country,
// occupations, the update window around every save (as the sandbox's log of what the editor sent), Wise's own
// validation errors on their fields, and a reload that shows what was saved. The clock is fixed: dates are exact.
import { expect, test, type Editor, type Sandbox } from './kit';

test.use({ clock: '2026-12-01T10:00:00Z' });

const VERIFIED = { profileId: '14575282' };
const UNVERIFIED = { profileId: '14575290' };
const STATE = 'State, province or territory';
const TODAY = '1 December 2026';

const windowSequence = (id: string) => [
  `POST /v1/profiles/${id}/update-window`,
  `PUT /v2/profiles/${id}/personal-profile`,
  `DELETE /v1/profiles/${id}/update-window`,
];

/** Every write the editor sent to Wise, as 'METHOD /path'. */
async function writes(sandbox: Sandbox) {
  const sent = await sandbox.requests({ provider: 'wise' });
  return sent.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname}`);
}

const putBodies = (sandbox: Sandbox) => sandbox.sentBodies({ provider: 'wise', method: 'PUT' });

async function chooseCountry(editor: Editor, name: string) {
  await editor.pickCountry('Country', name);
}

test.describe('Wise profile', () => {
  test('changing the address country from GBR to USA makes a state required and offers the US states', async ({
    editor,
    sandbox,
  }) => {
    await editor.open('wise', VERIFIED);
    await expect(editor.field('Country')).toHaveValue('United Kingdom');
    await expect(editor.field(STATE)).toBeHidden();

    await chooseCountry(editor, 'United States');
    await expect(editor.field(STATE)).toBeVisible();
    await expect(editor.field(STATE)).toHaveJSProperty('required', true);
    await expect(editor.field(STATE).getByRole('option', { name: 'New York' })).toBeAttached();
    await expect(editor.field(STATE).getByRole('option', { name: 'Quebec' })).not.toBeAttached();

    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('correct the highlighted field'),
      fields: [{ field: STATE, message: 'This field is required.' }],
    });
    expect(await writes(sandbox)).toEqual([]);

    await chooseCountry(editor, 'Canada');
    await expect(editor.field(STATE).getByRole('option', { name: 'Quebec' })).toBeAttached();
    await expect(editor.field(STATE).getByRole('option', { name: 'New York' })).not.toBeAttached();
  });

  // Once "Save sent nothing and showed nothing" here: on this long form the press on Save in the sticky save bar
  // scrolled the page (Chrome scrolls a focused button in a sticky bar to its unstuck place), so the click was lost.
  test('saving a verified profile opens the update window, PUTs, closes it; a reload shows the saved values', async ({
    editor,
    sandbox,
    page,
  }) => {
    await editor.open('wise', VERIFIED);
    await expect(editor.field('City')).toHaveValue('London');

    await chooseCountry(editor, 'United States');
    await editor.select(STATE, 'New York');
    await editor.fill('City', 'New York');
    await editor.fill('Post code', '10001');
    await editor.fill('Phone number', '+12125550123');
    expect((await editor.save()).kind).toBe('saved');

    expect(await writes(sandbox)).toEqual(windowSequence('14575282'));
    expect((await putBodies(sandbox))[0]).toMatchObject({
      address: { countryIso3Code: 'usa', stateCode: 'NY', city: 'New York', postCode: '10001' },
      contactDetails: { phoneNumber: '+12125550123' },
    });
    await expect(editor.root.getByRole('note').filter({ hasText: 'Last confirmed' })).toContainText(TODAY);

    await page.reload();
    await editor.ready();
    await expect(editor.field('City')).toHaveValue('New York');
    await expect(editor.field('Country')).toHaveValue('United States');
    expect(await editor.value(STATE)).toBe('New York');
    await expect(editor.field('Post code')).toHaveValue('10001');
    await expect(editor.field('Phone number')).toHaveValue('+12125550123');
  });

  test('a validation error from Wise lands on its field, and the window is closed after the failed PUT', async ({
    editor,
    sandbox,
  }) => {
    await editor.open('wise', VERIFIED);
    await expect(editor.field('Post code')).toHaveValue('EC1A 1BB');

    await chooseCountry(editor, 'United States');
    await editor.select(STATE, 'Arizona');
    expect(await editor.save()).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('Wise did not accept one field'),
      fields: [{ field: 'Post code', message: expect.stringMatching(/US ZIP code/) }],
    });
    expect(await writes(sandbox)).toEqual(windowSequence('14575282'));
    await expect(editor.field('Post code')).toHaveValue('EC1A 1BB');

    await editor.fill('Post code', '85001');
    expect((await editor.save()).kind).toBe('saved');
    expect(await writes(sandbox)).toEqual([...windowSequence('14575282'), ...windowSequence('14575282')]);
  });

  test('a failed update still closes the window', async ({ editor, sandbox }) => {
    await editor.open('wise', UNVERIFIED);
    await sandbox.failNext(500, { provider: 'wise', requests: 'writes', count: 1 });
    await editor.fill('Preferred name', 'Livvy');
    // The first write (opening the window) fails: nothing else is sent.
    expect((await editor.save()).kind).toBe('failure');
    expect(await writes(sandbox)).toEqual(['POST /v1/profiles/14575290/update-window']);
    await sandbox.clearRequests();

    await sandbox.scenario('wise', 'put-fails');
    expect((await editor.save()).kind).toBe('failure');
    expect(await writes(sandbox)).toEqual(windowSequence('14575290'));
  });

  test('fields locked on a verified profile are read-only with the reason', async ({ editor }) => {
    await editor.open('wise', VERIFIED);
    for (const name of ['First name', 'Last name', 'Date of birth']) {
      await expect(editor.field(name)).toBeDisabled();
      await expect(editor.field(name)).toHaveAccessibleDescription(/Verified by Wise/);
    }
    await expect(editor.field('Nationality')).toBeDisabled();
    await expect(editor.field('Preferred name')).toBeEnabled();

    await editor.open('wise', VERIFIED, { query: { scenario: 'wise:unverified' } });
    await expect(editor.field('First name')).toBeEnabled();
  });

  test('occupations: add, edit and remove; sent as FREE_FORM, and nothing empty is sent', async ({
    editor,
    sandbox,
  }) => {
    await editor.open('wise', UNVERIFIED);
    const occupations = editor.root.getByRole('group', { name: 'Occupations' });
    await expect(occupations).toContainText('No occupation yet.');

    await (await editor.findButton('Add occupation')).click();
    await expect(editor.field('Occupation 1')).toBeFocused();
    await editor.fill('Occupation 1', 'Nurse');
    await (await editor.findButton('Add occupation')).click();
    await editor.fill('Occupation 2', 'Pilot');
    await (await editor.findButton('Remove occupation 1')).click();
    await expect(editor.field('Occupation 1')).toHaveValue('Pilot');
    await expect(editor.field('Occupation 2')).toBeHidden();

    expect((await editor.save()).kind).toBe('saved');
    const [put] = await putBodies(sandbox);
    expect(put).toMatchObject({ occupations: [{ code: 'Pilot', format: 'FREE_FORM' }] });
    for (const notOnFile of ['nationality', 'externalCustomerId', 'firstNameInKana', 'lastNameInKana']) {
      expect(put).not.toHaveProperty(notOnFile);
    }
    await expect(editor.field('Occupation 1')).toHaveValue('Pilot');
  });

  test('moving to New Mexico asks for an occupation before anything is sent', async ({ editor, sandbox }) => {
    await editor.open('wise', UNVERIFIED);
    expect(await editor.value(STATE)).toBe('Arizona');
    await editor.select(STATE, 'New Mexico');
    await editor.save();
    const occupations = editor.root.getByRole('group', { name: 'Occupations' });
    await expect(occupations).toHaveAccessibleDescription(/needs at least one occupation.*New Mexico/);
    expect(await writes(sandbox)).toEqual([]);

    await (await editor.findButton('Add occupation')).click();
    await editor.fill('Occupation 1', 'Rancher');
    await expect(occupations).not.toHaveAccessibleDescription(/needs at least one occupation/);
    expect((await editor.save()).kind).toBe('saved');
    expect((await putBodies(sandbox))[0]).toMatchObject({
      address: { stateCode: 'NM' },
      occupations: [{ code: 'Rancher', format: 'FREE_FORM' }],
    });
  });

  test('Katakana fields accept Katakana only and say why they matter', async ({ editor }) => {
    await editor.open('wise', UNVERIFIED);
    const kana = editor.field('First name in Katakana');
    await expect(kana).toHaveAccessibleDescription(/required for transfers from JPY/);
    await editor.fill('First name in Katakana', 'Yamada');
    await kana.blur();
    await expect(kana).toHaveAccessibleDescription(/Use Katakana only/);
    await editor.fill('First name in Katakana', 'ヤマダ');
    await kana.blur();
    await expect(kana).toHaveAccessibleDescription(/required for transfers from JPY/);
  });

  test('"My details are still correct" opens and closes the update window and shows the new date', async ({
    editor,
    sandbox,
  }) => {
    await editor.open('wise', VERIFIED);
    const confirmed = editor.root.getByRole('note').filter({ hasText: 'Last confirmed' });
    await expect(confirmed).toContainText('14 September 2025, over a year ago');
    expect(await editor.runAction('My details are still correct')).toMatchObject({
      kind: 'saved',
      message: expect.stringContaining('Wise now knows your details are up to date'),
    });
    expect(await writes(sandbox)).toEqual([
      'POST /v1/profiles/14575282/update-window',
      'DELETE /v1/profiles/14575282/update-window',
    ]);
    await expect(confirmed).toHaveText(`Last confirmed with Wise on ${TODAY}.`);
  });

  test('a seeded profile opens with its values', async ({ editor, sandbox }) => {
    await sandbox.seed('wise', { profileId: '20000001' }, { firstName: 'Ana', address: { city: 'Lisbon' } });
    await editor.open('wise', { profileId: '20000001' });
    await expect(editor.field('First name')).toHaveValue('Ana');
    await expect(editor.field('City')).toHaveValue('Lisbon');
  });

  test('an expired token offers to sign in again and keeps what was typed', async ({ editor, sandbox }) => {
    await editor.open('wise', UNVERIFIED);
    await editor.fill('Preferred name', 'Livvy');
    await sandbox.scenario('wise', 'token-expired');
    expect(await editor.save()).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('Access token expired'),
    });
    await expect(await editor.findButton('Sign in again')).toBeVisible();
    await expect(editor.field('Preferred name')).toHaveValue('Livvy');
  });
});
