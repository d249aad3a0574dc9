import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { camundaProvider } from './provider';

// The same handlers the browser sandbox uses, served in Node at the configured base URL.
const sandbox = await setUpProviderSandbox('camunda');
const { server, baseUrl } = sandbox;
const ctx = (userId: string) => sandbox.context({ params: { userId }, token: null });

describe('Camunda adapter against the sandbox', () => {
  it('a seed sets up the profile the adapter reads; a seed that does not fit is refused', async () => {
    sandbox.sandbox.seed({ userId: 'ann' }, { firstName: 'Ann', lastName: 'Lee' });
    expect((await camundaProvider.load(ctx('ann'))).data).toEqual({
      id: 'ann',
      firstName: 'Ann',
      lastName: 'Lee',
    });
    expect(() => sandbox.sandbox.seed({ userId: 'ann' }, { firstName: 42 })).toThrow(/camunda: .*firstName/);
    expect(() => sandbox.sandbox.seed({}, {})).toThrow('camunda: the seed needs params.userId.');
  });

  it('loads the demo user as a writable form', async () => {
    const form = await camundaProvider.load(ctx('demo'));
    expect(form.data).toEqual({ id: 'demo', firstName: 'Demo', lastName: 'Demo', email: 'demo@camunda.org' });
    expect(form.readOnly).toBeUndefined();
  });

  it('saves all four fields, and a reload shows them', async () => {
    const base = await camundaProvider.load(ctx('john'));
    const saved = await camundaProvider.save(ctx('john'), {
      base,
      draft: { ...base.data, firstName: ' Jonathan ', email: '' },
    });
    expect(saved.data).toEqual({ id: 'john', firstName: 'Jonathan', lastName: 'Doe' });
    expect((await camundaProvider.load(ctx('john'))).data).toEqual({
      id: 'john',
      firstName: 'Jonathan',
      lastName: 'Doe',
    });
  });

  it('always sends every field (Camunda nulls what is left out)', async () => {
    let body: unknown;
    server.use(
      http.put(`${baseUrl}/user/:id/profile`, async ({ request }) => {
        body = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const base = await camundaProvider.load(ctx('mary'));
    await camundaProvider.save(ctx('mary'), { base, draft: { id: 'mary', firstName: 'Mary' } });
    expect(body).toEqual({ id: 'mary', firstName: 'Mary', lastName: null, email: null });
  });

  it('shows a read-only identity service before typing (OPTIONS) and explains the 403', async () => {
    sandbox.scenario('read-only');
    const base = await camundaProvider.load(ctx('demo'));
    expect(base.readOnly?.reason).toMatch(/read-only/);
    const error = await camundaProvider
      .save(ctx('demo'), { base, draft: base.data })
      .catch((e: unknown) => e);
    expect(camundaProvider.describeError(error)).toMatchObject({ kind: 'read-only' });
  });

  it('explains an unknown user', async () => {
    const error = await camundaProvider.load(ctx('nobody')).catch((e: unknown) => e);
    expect(camundaProvider.describeError(error)).toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('nobody') as string,
    });
  });

  it('explains a server error and keeps the user informed that changes are kept', async () => {
    sandbox.failSaves(500);
    const base = await camundaProvider.load(ctx('demo'));
    const error = await camundaProvider
      .save(ctx('demo'), { base, draft: base.data })
      .catch((e: unknown) => e);
    expect(camundaProvider.describeError(error)).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('kept') as string,
    });
  });

  it('explains a dropped connection', async () => {
    sandbox.failSaves('network');
    const base = await camundaProvider.load(ctx('demo'));
    const error = await camundaProvider
      .save(ctx('demo'), { base, draft: base.data })
      .catch((e: unknown) => e);
    expect(camundaProvider.describeError(error)).toMatchObject({ kind: 'network' });
  });

  it('explains a 401 as an ended session', async () => {
    sandbox.scenario('unauthorized');
    const error = await camundaProvider.load(ctx('demo')).catch((e: unknown) => e);
    expect(camundaProvider.describeError(error)).toMatchObject({ kind: 'auth' });
  });

  it('the sandbox refuses a body whose id differs from the path', async () => {
    const response = await fetch(`${baseUrl}/user/demo/profile`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'john', firstName: 'X', lastName: 'Y', email: null }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'InvalidRequestException' });
  });
});
