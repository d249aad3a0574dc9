// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpProviderSandbox } from '../testing/provider-sandbox';
import { CONTROL_GLOBAL, SETUP_GLOBAL, type SandboxSetup } from './control-protocol';
import { installSandboxControl } from './control';

// The Camunda sandbox in Node, with the control surface installed as the browser sandbox installs it.
const harness = await setUpProviderSandbox('camunda');
const control = await installSandboxControl();
const ctx = (userId = 'demo') => harness.context({ params: { userId } });
const load = (userId = 'demo') => harness.provider.load(ctx(userId));
const save = async (firstName: string) => {
  const base = await load();
  return harness.provider.save(ctx(), { base, draft: { ...base.data, firstName } });
};
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => harness.provider.describeError(error).kind,
  );

afterEach(async () => {
  await control.reset();
  Reflect.deleteProperty(window, SETUP_GLOBAL);
  sessionStorage.clear();
});

describe('the sandbox control surface', () => {
  it('is defined on window', () => {
    expect(Reflect.get(window, CONTROL_GLOBAL)).toBe(control);
    expect(control.version).toBe(1);
  });

  it('logs what the editor sent, in order, with secrets redacted', async () => {
    await save('Daria');
    const requests = await control.requests();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /engine-rest/user/demo/profile',
      'OPTIONS /engine-rest/user/demo',
      'PUT /engine-rest/user/demo/profile',
    ]);
    expect(requests[2]).toMatchObject({ provider: 'camunda', body: { id: 'demo', firstName: 'Daria' } });

    await fetch(`${harness.baseUrl}/user/demo/profile?hash=s3cret`, {
      method: 'PUT',
      body: JSON.stringify({ id: 'demo', password: 's3cret', nested: [{ accessToken: 's3cret' }] }),
    });
    const last = (await control.requests()).at(-1);
    expect(JSON.stringify(last)).not.toContain('s3cret');
    expect(last?.body).toEqual({
      id: 'demo',
      password: '[redacted]',
      nested: [{ accessToken: '[redacted]' }],
    });
    control.clearRequests();
    expect(await control.requests()).toEqual([]);
  });

  it('injects a failure for the next N writes only, then lets requests through', async () => {
    control.inject({ provider: 'camunda', requests: 'writes', count: 2, failure: 500 });
    expect(await failureOf(save('One'))).toBe('server');
    expect(control.pendingFaults()).toEqual([
      { provider: 'camunda', requests: 'writes', count: 1, failure: 500 },
    ]);
    expect(await failureOf(save('Two'))).toBe('server');
    expect(await failureOf(save('Three'))).toBeUndefined();
    expect(control.pendingFaults()).toEqual([]);
    control.inject({ count: 1, requests: 'reads', failure: 'network' });
    expect(await failureOf(load())).toBe('network');
  });

  it('refuses a fault, a scenario or a seed that does not fit, saying why', async () => {
    expect(() => control.inject({ count: 0, failure: 500 })).toThrow(/the fault is not valid.*count/);
    expect(() => control.inject({ count: 1, failure: 200 })).toThrow(/the fault is not valid/);
    await expect(control.setScenario('camunda', 'read-onyl', true)).rejects.toThrow(
      'Sandbox control: camunda has no scenario "read-onyl" (it has: read-only, unauthorized, load-error).',
    );
    await expect(control.seed('acme', {}, {})).rejects.toThrow(/no provider "acme" \(known: camunda, wise/);
    await expect(control.seed('camunda', { userId: 'demo' }, { firstName: 7 })).rejects.toThrow(/firstName/);
  });

  it('seeds, switches scenarios and resets', async () => {
    await control.seed('camunda', { userId: 'demo' }, { firstName: 'Seeded' });
    expect((await load()).data).toMatchObject({ firstName: 'Seeded' });
    await control.setScenario('camunda', 'read-only', true);
    expect(control.scenarios().named).toEqual(['camunda:read-only']);
    expect((await load()).readOnly).toBeDefined();
    await control.reset();
    expect(control.scenarios().named).toEqual([]);
    expect((await load()).data).toMatchObject({ firstName: 'Demo' });
  });

  it('applies a setup queued before start once per tab, and reports one that fails', async () => {
    const setup: SandboxSetup = {
      id: 'setup-1',
      steps: [
        { op: 'seed', provider: 'camunda', params: { userId: 'demo' }, record: { lastName: 'Queued' } },
        { op: 'scenario', provider: 'camunda', name: 'read-only', on: true },
      ],
    };
    Reflect.set(window, SETUP_GLOBAL, setup);
    await installSandboxControl();
    expect((await load()).data).toMatchObject({ lastName: 'Queued' });
    expect(control.scenarios().named).toEqual(['camunda:read-only']);

    // A reload of the tab (the same setup again) keeps what happened since.
    await control.seed('camunda', { userId: 'demo' }, { lastName: 'Changed since' });
    await installSandboxControl();
    expect((await load()).data).toMatchObject({ lastName: 'Changed since' });

    Reflect.set(window, SETUP_GLOBAL, { id: 'setup-2', steps: [{ op: 'seed', provider: 'acme' }] });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await installSandboxControl();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/the queued setup is not valid/));
    expect(document.documentElement.dataset.sandboxSetupError).toMatch(/the queued setup is not valid/);
  });
});
