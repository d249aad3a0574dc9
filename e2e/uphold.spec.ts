// Uphold's KYC profile hint through every layer, driven by the QA kit: render as sent, save a category, the hint
// grows, errors land on their fields, and what was typed stays. The clock is fixed, so ages are exact.
import { expect, test, type Editor } from './kit';

test.use({ clock: '2026-06-15T10:00:00Z' });

/** The KYC profile process (/uphold/profile); /uphold itself is the KYC overview. */
const PROFILE = { process: 'profile' };
const PATCHES = { provider: 'uphold', method: 'PATCH', path: '/core/kyc/processes/profile' };

async function fillDetails(editor: Editor, details: { name: string; birthdate: string }) {
  await editor.fill('Full name', details.name);
  await editor.pickCountry('Primary citizenship', 'United Kingdom', { typed: 'united k' });
  await editor.pickDate('Date of birth', details.birthdate);
}

test.describe('Uphold profile', () => {
  test('fill the details, save them, and answer the questions the grown hint adds', async ({
    editor,
    sandbox,
    page,
  }) => {
    await editor.open('uphold', PROFILE);
    await expect(editor.root.getByRole('note').first()).toContainText(
      'Uphold is waiting for answers from you',
    );
    await expect(editor.field('Other citizenships')).toHaveCount(0);

    await fillDetails(editor, { name: 'John Doe', birthdate: '1987-01-01' });
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');

    // Progressive disclosure: new questions in the same category, named above the form.
    await expect(editor.root.getByRole('note').filter({ hasText: 'new questions' })).toContainText(
      'Other citizenships, Country of birth and Town of birth',
    );
    await expect(editor.field('Other citizenships')).toBeVisible();
    await expect(editor.field('Country of birth')).toBeVisible();
    await expect(editor.field('Full name')).toHaveValue('John Doe');
    expect(await sandbox.sentBodies(PATCHES)).toEqual([
      { input: { details: { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' } } },
    ]);

    await editor.pickCountry('Country of birth', 'Portugal', { typed: 'portu' });
    await editor.fill('Town of birth', 'Porto');
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
    await expect(editor.root.getByRole('note').first()).toContainText('Uphold has everything it needs');
    await expect(editor.root.getByRole('note').nth(1)).toHaveText('Uphold has no further questions for now.');
    await expect(editor.root.getByRole('note').nth(2)).toHaveText(
      '1 of 1 sections done · no required answers left',
    );
    // The tab shows the category is complete.
    await expect(
      editor.root.getByRole('tab', { name: /Details/ }).getByRole('img', { name: 'complete' }),
    ).toBeVisible();
    await editor.section('Details');

    await page.reload();
    await editor.ready();
    await expect(editor.field('Town of birth')).toHaveValue('Porto');
  });

  test('a birthdate making the user 17 is refused on the client with the message', async ({
    editor,
    sandbox,
  }) => {
    await editor.open('uphold', PROFILE);
    // The clock is fixed at 15 June 2026.
    await fillDetails(editor, { name: 'Young Person', birthdate: '2008-06-16' });
    await editor.field('Date of birth').blur();
    await expect(editor.field('Date of birth')).toHaveAccessibleDescription(
      /The date must be older than or equal to 18 years ago/,
    );
    expect(await editor.save({ section: 'Details' })).toMatchObject({
      kind: 'field-error',
      fields: [{ field: 'Date of birth', message: expect.stringMatching(/18 years ago/) }],
    });
    expect(await sandbox.sentBodies(PATCHES)).toEqual([]);

    // Exactly 18 today is old enough.
    await editor.pickDate('Date of birth', '2008-06-15');
    await expect(editor.field('Date of birth')).not.toHaveAccessibleDescription(/18 years ago/);
  });

  test('a 409 from Uphold shows on the right field and the typed values stay', async ({ editor }) => {
    await editor.open('uphold', PROFILE);
    // Two words pass the hint's pattern; Uphold refuses the digit (the contract's invalid_characters).
    await fillDetails(editor, { name: 'J0hn Doe', birthdate: '1990-05-17' });
    const refused = await editor.save({ section: 'Details' });
    expect(refused).toMatchObject({
      kind: 'field-error',
      message: expect.stringContaining('Uphold did not accept one of your answers'),
      fields: [{ field: 'Full name', message: expect.stringMatching(/characters Uphold does not accept/) }],
      // The request id is there for support.
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await expect(editor.field('Full name')).toHaveValue('J0hn Doe');
    await expect(editor.field('Primary citizenship')).toHaveValue('United Kingdom');
    await expect(editor.field('Date of birth')).toHaveValue('1990-05-17');
    await editor.root.getByText('Details for support').click();
    await expect(
      editor.root.getByText(`Request id: ${refused.kind === 'field-error' ? refused.requestId : ''}`),
    ).toBeVisible();

    // Correcting the field clears Uphold's message and the save goes through.
    await editor.fill('Full name', 'John Doe');
    await expect(editor.field('Full name')).not.toHaveAccessibleDescription(
      /characters Uphold does not accept/,
    );
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
  });

  test('each category is submitted on its own, with exactly one key, and the tab stays put', async ({
    editor,
    sandbox,
  }) => {
    await sandbox.scenario('uphold', 'second-category');
    await editor.open('uphold', PROFILE);
    await fillDetails(editor, { name: 'John Doe', birthdate: '1987-01-01' });
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');

    // The new category appears; the user stays on the one they were on.
    await expect(editor.root.getByRole('tab', { name: 'Address' })).toBeVisible();
    await expect(editor.root.getByRole('tab', { name: /Details/ })).toHaveAttribute('aria-selected', 'true');

    await editor.section('Address');
    await editor.pickCountry('Country of residence', 'United Kingdom', { typed: 'united k' });
    await editor.fill('Address line 1', '1 Deansgate');
    await editor.fill('City', 'Manchester');
    await editor.fill('Postal code', 'M3 1AZ');
    expect((await editor.save({ section: 'Address' })).kind).toBe('saved');
    await expect(editor.root.getByRole('tab', { name: 'Address' })).toHaveAttribute('aria-selected', 'true');
    await expect(editor.field('Address line 1')).toHaveValue('1 Deansgate');

    const bodies = await sandbox.sentBodies(PATCHES);
    expect(bodies.map((body) => Object.keys((body as { input: object }).input))).toEqual([
      ['details'],
      ['address'],
    ]);
    expect(bodies[1]).toEqual({
      input: { address: { country: 'GB', line1: '1 Deansgate', city: 'Manchester', postalCode: 'M3 1AZ' } },
    });
  });

  test('a JSON Schema 2020-12 category: multi-select, a conditional question, one key sent', async ({
    editor,
    sandbox,
  }) => {
    await sandbox.scenario('uphold', 'account-questions');
    await editor.open('uphold', PROFILE);
    await fillDetails(editor, { name: 'John Doe', birthdate: '1987-01-01' });
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
    await editor.section('About your account');
    await editor.check('Investing');
    await editor.check('Saving');
    await expect(editor.field('Employer')).toHaveCount(0);
    await editor.select('Employment status', 'Employed');
    await editor.fill('Employer', 'Acme Ltd');
    expect((await editor.save({ section: 'About your account' })).kind).toBe('saved');
    await expect(editor.root.getByRole('tab', { name: /About your account/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect((await sandbox.sentBodies(PATCHES)).at(-1)).toEqual({
      input: {
        accountUse: { purposes: ['investing', 'savings'], employment: 'employed', employer: 'Acme Ltd' },
      },
    });
  });

  test('unsaved answers in another category survive a new hint', async ({ editor, sandbox }) => {
    await sandbox.scenario('uphold', 'second-category');
    await editor.open('uphold', PROFILE);
    await fillDetails(editor, { name: 'John Doe', birthdate: '1987-01-01' });
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
    await editor.section('Address');
    await editor.fill('Address line 1', 'Typed, not saved');
    // The editor has taken the change (its Save is offered) before the user leaves the tab. Leaving at once can
    // still lose the last keystrokes on a busy machine: the editor core's input flush (issue 9) closes that gap.
    await expect(await editor.saveButton('Address')).toBeEnabled();

    await editor.section('Details');
    await editor.fill('Full name', 'John Michael Doe');
    await editor.pickCountry('Country of birth', 'Portugal', { typed: 'portu' });
    await editor.fill('Town of birth', 'Porto');
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
    await expect(editor.root.getByRole('tab', { name: /Details/ })).toHaveAttribute('aria-selected', 'true');
    await editor.section('Address');
    await expect(editor.field('Address line 1')).toHaveValue('Typed, not saved');
  });

  test('a seeded profile opens with its answers', async ({ editor, sandbox }) => {
    await sandbox.seed('uphold', {}, { details: { fullName: 'Ann Seeded', primaryCitizenship: 'PT' } });
    await editor.open('uphold', PROFILE);
    await expect(editor.field('Full name')).toHaveValue('Ann Seeded');
    await expect(editor.field('Primary citizenship')).toHaveValue('Portugal');
  });

  test('an unknown kind of question is shown as unsupported, the rest still works', async ({ editor }) => {
    await editor.open('uphold', PROFILE, { query: { scenario: 'uphold:unknown-question' } });
    await expect(editor.root.getByText(/not supported|unsupported/i).first()).toBeVisible();
    await expect(editor.field('Full name')).toBeVisible();
  });

  test('a session that ended offers to sign in again, keeping the draft', async ({ editor, sandbox }) => {
    await editor.open('uphold', PROFILE);
    await fillDetails(editor, { name: 'Still Here', birthdate: '1987-01-01' });
    await sandbox.scenario('uphold', 'unauthorized');
    expect(await editor.save({ section: 'Details' })).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('session has expired'),
    });
    await expect(editor.field('Full name')).toHaveValue('Still Here');
    await sandbox.scenario('uphold', 'unauthorized', false);
    await editor.signInAgain();
    expect((await editor.save({ section: 'Details' })).kind).toBe('saved');
  });

  test('too many requests says when to try again and keeps the typed values', async ({ editor, sandbox }) => {
    await sandbox.scenario('uphold', 'rate-limited');
    await editor.open('uphold', PROFILE);
    await fillDetails(editor, { name: 'John Doe', birthdate: '1987-01-01' });
    expect(await editor.save({ section: 'Details' })).toMatchObject({
      kind: 'failure',
      message: expect.stringContaining('Try again in 30 seconds'),
    });
    await expect(editor.field('Full name')).toHaveValue('John Doe');
  });
});

test.describe('Uphold flat profile (no hint)', () => {
  test('built from the verification rules; a field Uphold ignores says so', async ({ editor, sandbox }) => {
    await editor.open('uphold', PROFILE, {
      query: { scenario: 'uphold:flat-profile,uphold:flat-name-locked' },
    });
    await expect(editor.field('Full name')).toHaveValue('John Doe');
    await expect(editor.field('Date of birth')).toBeDisabled();
    await expect(editor.field('Date of birth')).toHaveAccessibleDescription(/Uphold has verified this/);
    await expect(editor.field('Other citizenships')).toHaveCount(0);
    await expect(editor.field('Region')).toHaveValue('GB-MAN');

    await editor.fill('Full name', 'Jane Doe');
    await editor.save();
    await expect(editor.field('Full name')).toHaveAccessibleDescription(/kept its earlier value/);
    await expect(editor.field('Full name')).toHaveValue('John Doe');
    const [body] = await sandbox.sentBodies(PATCHES);
    const sent = (body as { input: Record<string, unknown> }).input;
    expect(sent.fullName).toBe('Jane Doe');
    expect(sent).not.toHaveProperty('birthdate');
  });
});
