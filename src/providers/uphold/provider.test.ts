import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import type { ProfileForm } from '../types';
import { upholdProvider } from './provider';
import { categoriesOf } from './uphold-hint';

// The same handlers the browser sandbox uses, served in Node at the configured base URL.
const sandbox = await setUpProviderSandbox('uphold');
const { server, baseUrl } = sandbox;
const ctx = sandbox.context({ token: 'test-token', locale: 'pt-PT' });
const scenario = (...named: string[]) => sandbox.scenario(...named);

const DETAILS = { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' };

/** The bodies of the profile PATCHes sent during the test. */
const sentBodies = async () =>
  (await sandbox.sent()).filter((request) => request.method === 'PATCH').map((request) => request.body);

const fail = (promise: Promise<unknown>) => promise.then(() => undefined).catch((e: unknown) => e);
const controlLabels = (form: ProfileForm) => JSON.stringify(form.uischema).match(/"label":"[^"]+"/g) ?? [];

describe('Uphold adapter against the sandbox', () => {
  it('a seed answers categories the adapter then reads', async () => {
    sandbox.sandbox.seed({}, { details: { fullName: 'Ann Lee' } });
    expect((await upholdProvider.load(ctx)).data).toMatchObject({ details: { fullName: 'Ann Lee' } });
    expect(() => sandbox.sandbox.seed({}, { details: 'Ann' })).toThrow(/uphold: /);
  });

  it('loads the profile hint from GET /core/kyc?detailed=profile, in the user language', async () => {
    const form = await upholdProvider.load(ctx);
    const read = (await sandbox.sent()).find((request) => request.path.startsWith('core/kyc'));
    expect(read?.path).toBe('core/kyc?detailed=profile');
    expect(read?.headers['accept-language']).toBe('pt-PT');
    expect(form.saveBy).toBe('category');
    expect(form.data).toEqual({});
    expect(form.uischema.type).toBe('Categorization');
    expect(controlLabels(form)).toEqual([
      '"label":"Details"',
      '"label":"Full name"',
      '"label":"Primary citizenship"',
      '"label":"Date of birth"',
    ]);
    expect(form.notices?.[0]).toMatch(/waiting for answers from you.*Uphold verifies these details itself/);
  });

  it('saves a category with exactly one top-level key and adopts the grown hint', async () => {
    const base = await upholdProvider.load(ctx);
    const saved = await upholdProvider.save(ctx, {
      base,
      draft: { details: { ...DETAILS, fullName: ' John Doe ' }, other: { x: 1 } },
      part: '0',
    });
    expect(await sentBodies()).toEqual([{ input: { details: DETAILS } }]);
    expect(saved.data).toEqual({ details: { ...DETAILS, birthplace: {} } });
    expect(JSON.stringify(saved.uischema)).toContain('Other citizenships');
    expect(JSON.stringify(saved.uischema)).toContain('Place of birth');
    expect(saved.notices).toContain(
      'Uphold has new questions for you: Other citizenships, Country of birth, and Town of birth.',
    );
    // The details are not complete yet: the place of birth is now required.
    expect(categoriesOf(saved.uischema)[0]?.options?.status).toBeUndefined();
  });

  it('answering everything completes the process; an unchanged hint means no further questions', async () => {
    const base = await upholdProvider.load(ctx);
    const first = await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    const details = { ...DETAILS, birthplace: { country: 'GB', town: 'London' }, otherCitizenships: ['PT'] };
    const done = await upholdProvider.save(ctx, { base: first, draft: { details }, part: '0' });
    expect(done.data).toEqual({ details });
    expect(done.notices?.[0]).toMatch(/has everything it needs/);
    expect(done.notices).toContain('Uphold has no further questions for now.');
    expect((done.uischema as { elements: Array<{ options?: unknown }> }).elements[0]?.options).toEqual({
      status: 'complete',
    });
    expect((await upholdProvider.load(ctx)).data).toEqual({ details });
  });

  it('scenario second-category: a second category appears and is saved on its own', async () => {
    scenario('second-category');
    const base = await upholdProvider.load(ctx);
    const grown = await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    expect(grown.notices?.join(' ')).toMatch(/new questions for you: Address, Other citizenships/);
    const address = { country: 'GB', line1: '1 Deansgate', city: 'Manchester', postalCode: 'M3 1AZ' };
    await upholdProvider.save(ctx, { base: grown, draft: { details: DETAILS, address }, part: '1' });
    expect((await sentBodies())[1]).toEqual({ input: { address } });
  });

  it('scenario account-questions: a JSON Schema 2020-12 category, validated as Uphold would', async () => {
    scenario('account-questions');
    const base = await upholdProvider.load(ctx);
    const grown = await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    expect(categoriesOf(grown.uischema).map((c) => c.label)).toEqual(['Details', 'About your account']);
    const save = (accountUse: object) =>
      upholdProvider.save(ctx, { base: grown, draft: { details: DETAILS, accountUse }, part: '1' });
    const refused = upholdProvider.describeError(
      await fail(save({ purposes: ['investing'], employment: 'employed', pets: 2 })),
    );
    expect(refused.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: '/accountUse/pets', message: 'Uphold does not ask for this.' },
        { path: '/accountUse/employer', message: 'This field is required.' },
      ]),
    );
    const saved = await save({ purposes: ['investing', 'savings'], employment: 'retired' });
    expect(saved.data.accountUse).toEqual({ purposes: ['investing', 'savings'], employment: 'retired' });
    expect(categoriesOf(saved.uischema)[1]?.options?.status).toBe('complete');
  });

  it.each([
    [{ ...DETAILS, fullName: 'J0hn Doe' }, 'invalid_characters', '/details/fullName'],
    [{ ...DETAILS, primaryCitizenship: 'KP' }, 'country_not_supported', '/details/primaryCitizenship'],
    [{ ...DETAILS, birthdate: '1900-01-01' }, 'date_invalid', '/details/birthdate'],
  ])('a 409 from the sandbox lands on its field (%#)', async (details, code, path) => {
    let answered = '';
    const listener = ({ response }: { response: Response }) => {
      void response
        .clone()
        .json()
        .then((body: { code?: string }) => (answered = body.code ?? ''));
    };
    server.events.on('response:mocked', listener);
    const base = await upholdProvider.load(ctx);
    const error = await fail(upholdProvider.save(ctx, { base, draft: { details }, part: '0' }));
    const failure = upholdProvider.describeError(error);
    expect(failure.kind).toBe('conflict');
    expect(failure.fieldErrors.map((e) => e.path)).toEqual([path]);
    expect(failure.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => answered).toBe(code);
    server.events.removeListener('response:mocked', listener);
  });

  it('the sandbox checks the other citizenships and the place of birth once they are asked', async () => {
    const base = await upholdProvider.load(ctx);
    const grown = await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    const others = { ...DETAILS, otherCitizenships: ['PT', 'IR'], birthplace: { country: 'GB', town: 'X' } };
    const error = await fail(
      upholdProvider.save(ctx, { base: grown, draft: { details: others }, part: '0' }),
    );
    expect(upholdProvider.describeError(error).fieldErrors).toEqual([
      {
        path: '/details/otherCitizenships',
        message: 'Uphold does not support the country number 2 in this list.',
      },
    ]);
    const birthplace = { ...DETAILS, birthplace: { country: 'SY', town: 'X' } };
    const error2 = await fail(
      upholdProvider.save(ctx, { base: grown, draft: { details: birthplace }, part: '0' }),
    );
    expect(upholdProvider.describeError(error2).fieldErrors[0]?.path).toBe('/details/birthplace/country');
  });

  it('the sandbox refuses a body against the hint schema with 400 violations', async () => {
    const base = await upholdProvider.load(ctx);
    const error = await fail(
      upholdProvider.save(ctx, {
        base,
        draft: { details: { fullName: 'John Doe', nickname: 'JD' } },
        part: '0',
      }),
    );
    const failure = upholdProvider.describeError(error);
    expect(failure.kind).toBe('validation');
    expect(failure.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: '/details/primaryCitizenship', message: 'This field is required.' },
        { path: '/details/nickname', message: 'Uphold does not ask for this.' },
      ]),
    );
  });

  it('the sandbox refuses several or unknown top-level keys', async () => {
    const patch = (input: unknown) =>
      fetch(`${baseUrl}/core/kyc/processes/profile`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
        body: JSON.stringify({ input }),
      });
    const several = await patch({ details: DETAILS, address: {} });
    expect(several.status).toBe(400);
    expect(await several.json()).toMatchObject({ details: { violations: [{ rule: 'maxProperties' }] } });
    const legacy = await patch({ fullName: 'John Doe' });
    expect(legacy.status).toBe(400);
    expect(await legacy.json()).toMatchObject({
      details: { violations: [{ rule: 'additionalProperties' }] },
    });
    expect(several.headers.get('x-uphold-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a refused citizenship change is a form-level message', async () => {
    const base = await upholdProvider.load(ctx);
    await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    scenario('citizenship-locked');
    const current = await upholdProvider.load(ctx);
    const draft = {
      details: { ...DETAILS, primaryCitizenship: 'PT', birthplace: { country: 'GB', town: 'L' } },
    };
    const failure = upholdProvider.describeError(
      await fail(upholdProvider.save(ctx, { base: current, draft, part: '0' })),
    );
    expect(failure).toMatchObject({ kind: 'conflict', fieldErrors: [] });
    expect(failure.message).toMatch(/citizenship can only be changed/);
  });

  it('401 token_expired asks to sign in again; 429 says when to try again', async () => {
    const base = await upholdProvider.load(ctx);
    scenario('rate-limited');
    const limited = upholdProvider.describeError(
      await fail(upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' })),
    );
    expect(limited.message).toMatch(/in 30 seconds/);
    scenario('unauthorized');
    expect(upholdProvider.describeError(await fail(upholdProvider.load(ctx)))).toMatchObject({
      kind: 'auth',
    });
  });

  it('an invalid hint is explained, not a crash', async () => {
    server.use(
      http.get(`${baseUrl}/core/kyc`, () =>
        HttpResponse.json({
          processes: { profile: { code: 'profile', status: 'pending', hint: { type: 'x' } } },
        }),
      ),
    );
    const failure = upholdProvider.describeError(await fail(upholdProvider.load(ctx)));
    expect(failure.message).toMatch(/cannot be shown \(unknown hint type "x"\)/);
  });

  it('the country source lists Uphold countries with localised names and their restrictions', async () => {
    const countries = await upholdProvider.countrySources?.countries?.(ctx);
    const de = countries?.find((c) => c.value === 'DE');
    expect(de).toMatchObject({ label: 'Alemanha', alpha2: 'DE', restrictedFor: [] });
    expect(countries?.find((c) => c.value === 'KP')?.restrictedFor).toContain('citizenship');
    expect(countries?.find((c) => c.value === 'AF')?.restrictedFor).toEqual(['residence']);
  });
});

describe('the flat profile (no hint)', () => {
  it('is generated from verification.rules: required, disallowed absent, read-only with the reason', async () => {
    scenario('flat-profile');
    const form = await upholdProvider.load(ctx);
    expect(form.saveBy).toBe('form');
    const schema = form.schema as {
      properties: Record<string, { readOnly?: boolean; required?: string[] }>;
      required?: string[];
    };
    expect(Object.keys(schema.properties)).toEqual([
      'fullName',
      'birthdate',
      'primaryCitizenship',
      'birthplace',
      'address',
    ]);
    expect(schema.properties.birthdate?.readOnly).toBe(true);
    expect(JSON.stringify(form.uischema)).toContain(
      'Uphold has verified this, so it cannot be changed here.',
    );
    expect(schema.properties.address?.required).toEqual(['line1', 'city', 'subdivision']);
    // The region as Uphold names it in the language asked (pt-PT: the sandbox answers English), the country by Intl.
    expect(JSON.stringify(form.uischema)).toContain('"value":"GB-MAN","label":"Manchester (Reino Unido)"');
    expect(JSON.stringify(form.uischema)).not.toContain('US-HI');
    expect(form.data).toMatchObject({ fullName: 'John Doe', address: { subdivision: 'GB-MAN' } });
  });

  it("names regions in the language shown: Uphold's region names, the country through Intl", async () => {
    scenario('flat-profile');
    const labels = async (locale: string) => {
      const form = await upholdProvider.load(sandbox.context({ token: 'test-token', locale }));
      return JSON.stringify(form.uischema);
    };
    const german = await labels('de-DE');
    expect(german).toContain('"value":"US-CA","label":"Kalifornien (Vereinigte Staaten)"');
    expect(german).toContain('"value":"GB-MAN","label":"Manchester (Vereinigtes Königreich)"');
    const japanese = await labels('ja-JP');
    expect(japanese).toContain('"value":"GB-MAN","label":"マンチェスター (イギリス)"');
    expect(japanese).not.toContain('United Kingdom');
  });

  it('saves only the editable fields as a flat input', async () => {
    scenario('flat-profile');
    const base = await upholdProvider.load(ctx);
    const saved = await upholdProvider.save(ctx, {
      base,
      draft: { ...base.data, fullName: 'Jane Doe', birthdate: '1990-01-01' },
    });
    const bodies = await sentBodies();
    expect(bodies).toHaveLength(1);
    const sent = (bodies[0] as { input: Record<string, unknown> }).input;
    expect(Object.keys(sent).sort()).toEqual(['address', 'birthplace', 'fullName', 'primaryCitizenship']);
    expect(sent.fullName).toBe('Jane Doe');
    expect(saved.data.fullName).toBe('Jane Doe');
    expect(saved.data.birthdate).toBe('1987-01-01');
  });

  it('shows warnings.input on the field it concerns', async () => {
    scenario('flat-profile', 'flat-name-locked');
    const base = await upholdProvider.load(ctx);
    const saved = await upholdProvider.save(ctx, { base, draft: { ...base.data, fullName: 'Jane Doe' } });
    expect(saved.data.fullName).toBe('John Doe');
    const fullName = (saved.schema as { properties: Record<string, { description?: string }> }).properties
      .fullName;
    expect(fullName?.description).toMatch(/kept its earlier value: a verification rule/);
    expect(saved.notices?.join(' ')).toMatch(/did not apply every change/);
  });
});
