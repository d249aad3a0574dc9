import { describe, expect, it } from 'vitest';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { nexudusCountryOptions, nexudusProvider } from './provider';
import { countryIdOf } from './sandbox-data';

// The same handlers the browser sandbox uses, served in Node at the configured base URL.
const sandbox = await setUpProviderSandbox('nexudus');
const ctx = (token = 'sandbox-token', locale = 'en-GB') =>
  sandbox.context({ token, locale, sessionKey: token });
/** The bodies of the PATCH requests sent during the test. */
const patches = async () =>
  (await sandbox.sent()).filter((request) => request.method === 'PATCH').map((request) => request.body);

const PERSONAL = '0';
const PROFESSIONAL = '2';
const NOTIFICATIONS = '4';
const CREDENTIALS = '5';

const failureOf = async (promise: Promise<unknown>) =>
  nexudusProvider.describeError(await promise.then(() => undefined).catch((e: unknown) => e));

describe('Nexudus adapter against the sandbox', () => {
  it('a seed sets up the coworker the adapter reads, never a password', async () => {
    sandbox.sandbox.seed({}, { NickName: 'JD', CityName: 'Leeds' });
    expect((await nexudusProvider.load(ctx())).data).toMatchObject({ NickName: 'JD', CityName: 'Leeds' });
    expect(() => sandbox.sandbox.seed({}, { NewPassword: 'x' })).toThrow(/nexudus: .*NewPassword/);
  });

  it('loads the customer profile as a form saved per category', async () => {
    const form = await nexudusProvider.load(ctx());
    expect(form.saveBy).toBe('category');
    expect(form.data).toMatchObject({
      FullName: 'Jane Doe',
      DateOfBirth: '1990-06-15',
      CountryId: countryIdOf('GB'),
      OnHelpDeskMsg: true,
      OnNewWallPost: false,
    });
    expect(form.data).not.toHaveProperty('NickName');
    expect(form.data).not.toHaveProperty('OldPassword');
  });

  it('PATCHes only the changed field of the section, and a reload shows it', async () => {
    const base = await nexudusProvider.load(ctx());
    const draft = { ...base.data, Position: 'Head of Design', FullName: 'Unsaved in another tab' };
    const saved = await nexudusProvider.save(ctx(), { base, draft, part: PROFESSIONAL });
    expect(await patches()).toEqual([{ Position: 'Head of Design' }]);
    expect(saved.data).toMatchObject({ Position: 'Head of Design', FullName: 'Jane Doe' });
    expect((await nexudusProvider.load(ctx())).data.Position).toBe('Head of Design');
  });

  it('sends nothing when nothing changed', async () => {
    const base = await nexudusProvider.load(ctx());
    const saved = await nexudusProvider.save(ctx(), { base, draft: { ...base.data }, part: PERSONAL });
    expect(saved).toBe(base);
    expect(await patches()).toEqual([]);
  });

  it('clears a nullable field with null, and notification toggles save', async () => {
    const base = await nexudusProvider.load(ctx());
    const draft = { ...base.data, OnNewWallPost: true, OnHelpDeskMsg: false };
    await nexudusProvider.save(ctx(), { base, draft, part: NOTIFICATIONS });
    const { ProfileSummary: _summary, ...withoutSummary } = base.data;
    await nexudusProvider.save(ctx(), { base, draft: withoutSummary, part: PROFESSIONAL });
    expect(await patches()).toEqual([
      { OnHelpDeskMsg: false, OnNewWallPost: true },
      { ProfileSummary: null },
    ]);
    const reloaded = (await nexudusProvider.load(ctx())).data;
    expect(reloaded).toMatchObject({ OnNewWallPost: true, OnHelpDeskMsg: false });
    expect(reloaded).not.toHaveProperty('ProfileSummary');
  });

  it('changes the password: the old one then no longer works; passwords never come back', async () => {
    const base = await nexudusProvider.load(ctx());
    const change = (old: string, next: string) =>
      nexudusProvider.save(ctx(), {
        base,
        draft: { ...base.data, OldPassword: old, NewPassword: next, RepeatNewPassword: next },
        part: CREDENTIALS,
      });
    const saved = await change('coworking1', 'newpass42');
    expect(saved.data).not.toHaveProperty('NewPassword');
    expect(await failureOf(change('coworking1', 'another42'))).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: '/OldPassword', message: 'The current password is not correct.' }],
    });
    await expect(change('newpass42', 'another42')).resolves.toBeDefined();
  });

  it('the sandbox refuses a mismatched repeat, an unknown CountryId and a bad e-mail, each on its field', async () => {
    const base = await nexudusProvider.load(ctx());
    const mismatch = await failureOf(
      nexudusProvider.save(ctx(), {
        base,
        draft: {
          ...base.data,
          OldPassword: 'coworking1',
          NewPassword: 'newpass42',
          RepeatNewPassword: 'newpass43',
        },
        part: CREDENTIALS,
      }),
    );
    expect(mismatch.fieldErrors).toEqual([
      { path: '/RepeatNewPassword', message: 'The new passwords do not match.' },
    ]);

    const wrong = await failureOf(
      nexudusProvider.save(ctx(), {
        base,
        draft: { ...base.data, CountryId: 99, BillingEmail: 'not-an-email', BillingCountryId: 1 },
      }),
    );
    expect(wrong.kind).toBe('validation');
    expect(wrong.fieldErrors).toEqual([
      { path: '/CountryId', message: 'The country is not valid.' },
      { path: '/BillingCountryId', message: 'The country is not valid.' },
      { path: '/BillingEmail', message: 'The billing e-mail address is not valid.' },
    ]);
    expect((await nexudusProvider.load(ctx())).data.BillingEmail).toBe('billing@example.com');
  });

  it('the sandbox answers the envelope and ignores nothing it does not know', async () => {
    const response = await fetch(`${sandbox.baseUrl}/api/public/coworker/profile`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Email: 'x@example.com', FullName: null }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      WasSuccessful: false,
      Status: 400,
      Errors: [
        { PropertyName: 'Email', Message: 'Email is not a profile field.' },
        { PropertyName: 'FullName', Message: 'The value must be text.' },
      ],
    });
  });

  it('the sandbox refuses an unknown gender identifier', async () => {
    const response = await fetch(`${sandbox.baseUrl}/api/public/coworker/profile`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Gender: 'Robot' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      Errors: [{ PropertyName: 'Gender', AttemptedValue: 'Robot' }],
    });
  });

  it('explains an expired token (401) on load and on save', async () => {
    const base = await nexudusProvider.load(ctx());
    sandbox.scenario('unauthorized');
    expect(await failureOf(nexudusProvider.load(ctx()))).toMatchObject({ kind: 'auth' });
    const failure = await failureOf(
      nexudusProvider.save(ctx(), { base, draft: { ...base.data, FullName: 'Kept' }, part: PERSONAL }),
    );
    expect(failure.kind).toBe('auth');
    expect(failure.message).toMatch(/your session has expired/i);
  });

  it('refuses a request without a bearer token', async () => {
    const anonymous = sandbox.context({ token: null, locale: 'en', sessionKey: 'anonymous' });
    expect(await failureOf(nexudusProvider.load(anonymous))).toMatchObject({ kind: 'auth' });
  });

  it('offers the countries by numeric id with names in the user’s language', async () => {
    const german = await nexudusCountryOptions(ctx('t', 'de-DE'));
    expect(german.find((c) => c.value === countryIdOf('GB'))).toEqual({
      value: countryIdOf('GB'),
      label: 'Vereinigtes Königreich',
      alpha2: 'GB',
    });
    const english = await nexudusCountryOptions(ctx('t', 'en-GB'));
    expect(english.length).toBeGreaterThan(200);
    expect(english.map((c) => c.label)).toEqual(
      [...english.map((c) => c.label)].sort((a, b) => a.localeCompare(b)),
    );
  });
});
