// A partner's suite, end to end against the demo portal, written only with the QA kit's public API (the README's
// "Testing your integration" shows the same). Copy this file as the start of your own.
import { expect, test } from './kit';

test.describe('Acme portal: the profile editor in our page', () => {
  test('a user updates their Camunda profile; the portal hears which fields changed', async ({
    portal,
    sandbox,
  }) => {
    await sandbox.seed('camunda', { userId: 'demo' }, { firstName: 'Ada', lastName: 'Lovelace' });
    const editor = await portal.open({ provider: 'camunda', params: { userId: 'demo' } });
    await expect(editor.field('First name')).toHaveValue('Ada');

    await editor.fill('Last name', 'King');
    await portal.waitFor('dirty', { where: (event) => event.dirty });
    expect(await portal.save()).toEqual({ type: 'saved', provider: 'camunda', fields: ['lastName'] });

    const [put] = await sandbox.requests({ method: 'PUT' });
    expect(put?.body).toEqual({ id: 'demo', firstName: 'Ada', lastName: 'King', email: 'demo@camunda.org' });
  });

  test('when the provider is down, the portal is told and the user keeps their typing', async ({
    portal,
    sandbox,
  }) => {
    const editor = await portal.open({ provider: 'camunda' });
    // Down for three attempts: the editor repeats an idempotent save (Camunda's PUT) twice by itself.
    await sandbox.failNext(503, { count: 3 });
    await editor.fill('First name', 'Grace');
    expect(await portal.save()).toMatchObject({ type: 'error', kind: 'server' });
    await expect(editor.field('First name')).toHaveValue('Grace');

    // The next attempt goes through.
    expect((await editor.save()).kind).toBe('saved');
  });

  test('a refused session: the portal is asked for a new token and the user saves with it', async ({
    portal,
    sandbox,
  }) => {
    const editor = await portal.open({ provider: 'nexudus' });
    await editor.section('Professional profile');
    await editor.fill('Position', 'CTO');
    await sandbox.failNext(401, { provider: 'nexudus' });
    const since = await portal.eventCount();
    expect(await editor.save({ section: 'Professional profile' })).toMatchObject({ kind: 'failure' });
    await portal.waitFor('tokenExpired', { since });
    // The demo portal answers tokenExpired with a fresh token, as yours should.
    await editor.signInAgain();
    expect((await editor.save({ section: 'Professional profile' })).kind).toBe('saved');
    expect(await sandbox.sentBodies({ method: 'PATCH' })).toEqual([{ Position: 'CTO' }, { Position: 'CTO' }]);
  });
});
