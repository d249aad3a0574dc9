import { describe, expect, it } from 'vitest';
import { http as mock, HttpResponse } from 'msw';
import type { ControlElement } from '@jsonforms/core';
import { ApiError } from '../../api/api-error';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { wiseProvider } from './provider';
import { describeWiseError } from './wise-errors';
import { wiseApi } from './wise-api';
import { occupationsRequired } from './wise-validators';
import { controlsOf } from '../../forms/validation/uischema-walk';

// The same handlers the browser sandbox uses, served in Node at the configured base URL.
const sandbox = await setUpProviderSandbox('wise');
const { server, baseUrl } = sandbox;
const ctx = (profileId: string) => sandbox.context({ params: { profileId }, token: 't' });
/** What was sent since the last clearSent, as 'METHOD path'. */
const calls = async () => (await sandbox.sent()).map((request) => `${request.method} ${request.path}`);

describe('Wise adapter against the sandbox', () => {
  it('a seed sets up the profile the adapter reads (the address merged)', async () => {
    sandbox.sandbox.seed({ profileId: '14575290' }, { firstName: 'Ann', address: { city: 'Tucson' } });
    const { data } = await wiseProvider.load(ctx('14575290'));
    expect(data).toMatchObject({ firstName: 'Ann', address: { city: 'Tucson', postCode: '85001' } });
    expect(() => sandbox.sandbox.seed({ profileId: '1' }, { nickname: 'x' })).toThrow(/wise: .*nickname/);
  });

  it('saves through the update window: open, PUT, close, in that order', async () => {
    const base = await wiseProvider.load(ctx('14575282'));
    sandbox.clearSent();
    const saved = await wiseProvider.save(ctx('14575282'), {
      base,
      draft: { ...base.data, preferredName: 'Ollie' },
    });
    expect(await calls()).toEqual([
      'POST v1/profiles/14575282/update-window',
      'PUT v2/profiles/14575282/personal-profile',
      'DELETE v1/profiles/14575282/update-window',
    ]);
    expect(saved.data.preferredName).toBe('Ollie');
    expect((await wiseProvider.load(ctx('14575282'))).data.preferredName).toBe('Ollie');
  });

  it('closes the window even when the PUT fails', async () => {
    sandbox.scenario('put-fails');
    const base = await wiseProvider.load(ctx('14575282'));
    sandbox.clearSent();
    const error = await wiseProvider
      .save(ctx('14575282'), { base, draft: base.data })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((await calls()).at(-1)).toBe('DELETE v1/profiles/14575282/update-window');
    expect(describeWiseError(error)).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('Request id') as string,
    });
  });

  it('locks verified fields and refuses to change them', async () => {
    const form = await wiseProvider.load(ctx('14575282'));
    expect(JSON.stringify(form.uischema)).toContain('"readonly":true');
    const error = await wiseProvider
      .save(ctx('14575282'), { base: form, draft: { ...form.data, firstName: 'Changed' } })
      .catch((e: unknown) => e);
    expect(describeWiseError(error).fieldErrors).toEqual([
      { path: '/firstName', message: expect.stringContaining('verified') as string },
    ]);
  });

  it('puts Wise validation errors on their fields', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    const draft = { ...base.data, address: { ...(base.data.address as object), postCode: 'EC1A 1BB' } };
    const error = await wiseProvider.save(ctx('14575290'), { base, draft }).catch((e: unknown) => e);
    expect(describeWiseError(error)).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: '/address/postCode' }],
    });
  });

  it('re-confirms unchanged details by opening and closing the window', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    sandbox.clearSent();
    const form = await wiseProvider.actions![0]!.run(ctx('14575290'), base);
    expect((await calls()).slice(0, 2)).toEqual([
      'POST v1/profiles/14575290/update-window',
      'DELETE v1/profiles/14575290/update-window',
    ]);
    expect(form.notices?.join(' ')).toMatch(/Last confirmed with Wise on/);
  });

  it('treats token errors as an ended session', async () => {
    sandbox.scenario('token-expired');
    const error = await wiseProvider.load(ctx('14575282')).catch((e: unknown) => e);
    expect(describeWiseError(error)).toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Access token expired') as string,
    });
  });
});

describe('Wise update window and sandbox rules', () => {
  it('refuses a PUT on a verified profile without an open window', async () => {
    const error = await wiseApi
      .putPersonalProfile(ctx('14575282').http, '14575282', { preferredName: 'X' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409 });
    expect(describeWiseError(error).message).toContain('Open an update window');
  });

  it('sends nothing when the window cannot be opened', async () => {
    server.use(
      mock.post(`${baseUrl}/v1/profiles/:id/update-window`, () =>
        HttpResponse.json(
          { errors: [{ code: 'LOCKED', message: 'Profile under review.' }] },
          { status: 423 },
        ),
      ),
    );
    const base = await wiseProvider.load(ctx('14575282'));
    sandbox.clearSent();
    const error = await wiseProvider
      .save(ctx('14575282'), { base, draft: { ...base.data, preferredName: 'Ollie' } })
      .catch((e: unknown) => e);
    expect(await calls()).toEqual(['POST v1/profiles/14575282/update-window']);
    expect(describeWiseError(error).message).toContain('Profile under review.');
  });

  it('after a save, shows the new confirmation date and keeps what the read never returns', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    const saved = await wiseProvider.save(ctx('14575290'), {
      base,
      draft: { ...base.data, externalCustomerId: 'c-42', occupations: [{ code: 'Pilot' }] },
    });
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(saved.notices?.join(' ')).toContain(`Last confirmed with Wise on ${today}.`);
    expect(saved.data).toMatchObject({ externalCustomerId: 'c-42', occupations: [{ code: 'Pilot' }] });
    const reloaded = await wiseProvider.load(ctx('14575290'));
    expect(reloaded.data.externalCustomerId).toBeUndefined();
  });

  it('validates the documented rules: state for the country, Katakana, phone, date of birth', async () => {
    const error = await wiseApi
      .putPersonalProfile(ctx('14575290').http, '14575290', {
        address: { addressFirstLine: '1 Rue', city: 'Montréal', countryIso3Code: 'can', stateCode: 'AZ' },
        firstNameInKana: 'Yamada',
        contactDetails: { phoneNumber: '+1 000' },
        dateOfBirth: '2999-01-01',
        occupations: [{ code: 'Pilot', format: 'FREE_FORM' }],
      })
      .catch((e: unknown) => e);
    expect(
      describeWiseError(error)
        .fieldErrors.map((e) => e.path)
        .sort(),
    ).toEqual(['/address/stateCode', '/contactDetails/phoneNumber', '/dateOfBirth', '/firstNameInKana']);
  });

  it('asks for an occupation when the address moves to New Mexico, not for one Wise already holds', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    const occupations = controlsOf(base.uischema).find((c) => c.scope === '#/properties/occupations');
    const control = occupations as ControlElement;
    const toNewMexico = { ...base.data, address: { countryIso3Code: 'usa', stateCode: 'NM' } };
    expect(occupationsRequired.validate(undefined, control, toNewMexico)).toMatch(/New Mexico/);
    expect(occupationsRequired.validate([{ code: 'Pilot' }], control, toNewMexico)).toBeUndefined();
    expect(occupationsRequired.validate(undefined, control, base.data)).toBeUndefined();
    const onFile = { ...control, options: { ...control.options, occupationsOnFileFor: 'usa-NM' } };
    expect(occupationsRequired.validate(undefined, onFile, toNewMexico)).toBeUndefined();

    const error = await wiseProvider
      .save(ctx('14575290'), {
        base,
        draft: { ...base.data, address: { ...(base.data.address as object), stateCode: 'NM' } },
      })
      .catch((e: unknown) => e);
    expect(describeWiseError(error)).toMatchObject({
      fieldErrors: [{ path: '/occupations', message: expect.stringContaining('New Mexico') as string }],
    });
  });

  it('offers verified and unverified scenarios', async () => {
    sandbox.scenario('unverified');
    const open = await wiseProvider.load(ctx('14575282'));
    expect(JSON.stringify(open.uischema)).not.toContain('"readonly":true');
    sandbox.scenario('verified');
    const locked = await wiseProvider.load(ctx('14575290'));
    expect(JSON.stringify(locked.uischema)).toContain('"readonly":true');
    expect(locked.meta).toEqual({ verified: true });
  });
});
