import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { navixyProvider } from './provider';

// The same handlers the browser sandbox uses, served in Node at the configured base URL.
const sandbox = await setUpProviderSandbox('navixy');
const { server, baseUrl } = sandbox;
const ctx = (hash = 'a6aa75587e5c59c32d347da438505fc3') => sandbox.context({ token: hash || null });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => navixyProvider.describeError(error),
  );

describe('Navixy adapter against the sandbox', () => {
  it('a seed sets up the personal info the adapter reads', async () => {
    sandbox.sandbox.seed({}, { first_name: 'Ann', legal_type: 'legal_entity' });
    expect((await navixyProvider.load(ctx())).data).toMatchObject({
      first_name: 'Ann',
      legal_type: 'legal_entity',
    });
    expect(() => sandbox.sandbox.seed({}, { first_name: 1 })).toThrow(/navixy: .*first_name/);
  });

  it('sends the session hash as "Authorization: NVX <hash>"', () => {
    expect(navixyProvider.authorization?.('abc')).toBe('NVX abc');
  });

  it('loads user/get_info as a writable form when plugin 45 is there', async () => {
    const form = await navixyProvider.load(ctx());
    expect(form.readOnly).toBeUndefined();
    expect(form.data).toMatchObject({
      legal_type: 'individual',
      first_name: 'John',
      phone: '79123456789',
      post_city: 'New York',
      legal_name: 'QWER Inc.',
    });
    // Not returned by get_info: shown as "not on file", not as an empty value.
    expect(form.data).not.toHaveProperty('okpo_code');
    expect(form.data).not.toHaveProperty('state_reg_num');
    expect(form.data).not.toHaveProperty('login');
  });

  it('saves a legal entity, and a reload shows it', async () => {
    const base = await navixyProvider.load(ctx());
    const draft = {
      ...base.data,
      legal_type: 'legal_entity',
      legal_name: 'E. Biasi GmbH',
      tin: '1131145180',
      okpo_code: '12345678',
      phone: '+49 176 1234567',
    };
    const saved = await navixyProvider.save(ctx(), { base, draft });
    expect(saved.data).toMatchObject({
      legal_type: 'legal_entity',
      phone: '491761234567',
      okpo_code: '12345678',
    });
    const reloaded = await navixyProvider.load(ctx());
    expect(reloaded.data).toMatchObject({
      legal_type: 'legal_entity',
      legal_name: 'E. Biasi GmbH',
      phone: '491761234567',
    });
    expect(reloaded.data).not.toHaveProperty('okpo_code');
  });

  it('posts only the fields the legal type has, and leaves out an empty "not on file" field', async () => {
    let body: Record<string, unknown> = {};
    server.use(
      http.post(`${baseUrl}/user/personal_info/update`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ success: true });
      }),
    );
    const base = await navixyProvider.load(ctx());
    await navixyProvider.save(ctx(), { base, draft: { ...base.data, legal_type: 'sole_trader' } });
    expect(body).toMatchObject({ legal_type: 'sole_trader', tin: '2345678239', registered_city: 'New York' });
    for (const absent of ['iec', 'legal_name', 'okpo_code', 'state_reg_num', 'hash']) {
      expect(body).not.toHaveProperty(absent);
    }
  });

  it('without plugin 45 the form is read-only with a plain explanation, and the update answers 222', async () => {
    sandbox.scenario('no-plugin');
    const base = await navixyProvider.load(ctx());
    expect(base.readOnly?.reason).toMatch(/does not include the personal-info feature/);
    const failure = await failureOf(navixyProvider.save(ctx(), { base, draft: base.data }));
    expect(failure.kind).toBe('read-only');
  });

  it('an ended session (code 4) asks to sign in again', async () => {
    const base = await navixyProvider.load(ctx());
    sandbox.scenario('session-expired');
    expect(await failureOf(navixyProvider.save(ctx(), { base, draft: base.data }))).toMatchObject({
      kind: 'auth',
    });
    expect((await failureOf(navixyProvider.load(ctx()))).kind).toBe('auth');
  });

  it('no hash at all is code 4 too', async () => {
    expect((await failureOf(navixyProvider.load(ctx('')))).kind).toBe('auth');
  });

  it("code 7 from the sandbox's own checks lands on the fields", async () => {
    const base = await navixyProvider.load(ctx());
    const draft = { ...base.data, legal_type: 'legal_entity', tin: '', okpo_code: '123' };
    const failure = await failureOf(navixyProvider.save(ctx(), { base, draft }));
    expect(failure.kind).toBe('validation');
    expect(failure.fieldErrors).toEqual([
      { path: '/tin', message: 'Is required.' },
      { path: '/okpo_code', message: 'Must be 8 or 10 characters.' },
    ]);
  });

  it('the invalid-tin scenario refuses the TIN on its field', async () => {
    sandbox.scenario('invalid-tin');
    const base = await navixyProvider.load(ctx());
    const draft = { ...base.data, legal_type: 'sole_trader' };
    const failure = await failureOf(navixyProvider.save(ctx(), { base, draft }));
    expect(failure.fieldErrors).toEqual([
      { path: '/tin', message: 'Is not a valid taxpayer identification number.' },
    ]);
    // An individual sends no TIN, so the same scenario lets the save through.
    await expect(navixyProvider.save(ctx(), { base, draft: base.data })).resolves.toBeDefined();
  });

  it('a failing plugin list does not hide the profile', async () => {
    server.use(http.get(`${baseUrl}/plugin/list`, () => HttpResponse.json({}, { status: 500 })));
    const form = await navixyProvider.load(ctx());
    expect(form.readOnly).toBeUndefined();
    expect(form.notices?.[0]).toMatch(/saving will tell you/);
  });

  it('a forced server error and a dropped connection keep the user informed', async () => {
    const base = await navixyProvider.load(ctx());
    sandbox.failSaves(500);
    expect(await failureOf(navixyProvider.save(ctx(), { base, draft: base.data }))).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('kept') as string,
    });
    sandbox.failSaves('network');
    expect((await failureOf(navixyProvider.save(ctx(), { base, draft: base.data }))).kind).toBe('network');
  });

  it('a 200 that says success: false is still a failure', async () => {
    server.use(
      http.post(`${baseUrl}/user/personal_info/update`, () =>
        HttpResponse.json({ success: false, status: { code: 222, description: 'Plugin not found' } }),
      ),
    );
    const base = await navixyProvider.load(ctx());
    expect((await failureOf(navixyProvider.save(ctx(), { base, draft: base.data }))).kind).toBe('read-only');
  });

  it('the sandbox accepts the hash in the body, and refuses a malformed body with code 5', async () => {
    const post = (body: string) =>
      fetch(`${baseUrl}/user/personal_info/update`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const ok = await post(
      JSON.stringify({
        hash: 'h',
        legal_type: 'individual',
        first_name: 'A',
        middle_name: '',
        last_name: 'B',
      }),
    );
    expect(await ok.json()).toEqual({ success: true });
    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ success: false, status: { code: 5 } });
  });
});
