import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { valueAt } from '../../forms/data/data-paths';
import { conflictSandbox, saveAfterAnotherTab } from '../../testing/conflict-check';
import { camundaProvider } from './provider';

const { server, resetState, ctx } = await conflictSandbox('camunda');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

describe('camunda: changes saved meanwhile elsewhere', () => {
  it('are kept: only the user’s own change is written on top (PUT replaces the whole record)', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: camundaProvider,
      ctx: ctx({ userId: 'demo' }),
      theirs: { pointer: '/firstName', value: 'Theirs' },
      mine: { pointer: '/lastName', value: 'Mine' },
    });
    expect(conflicts).toEqual([]);
    expect(valueAt(final, '/lastName')).toEqual('Mine');
    expect(valueAt(final, '/firstName')).toEqual('Theirs');
  });

  it('on the same field, are a conflict with both values, and nothing is written', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: camundaProvider,
      ctx: ctx({ userId: 'demo' }),
      theirs: { pointer: '/lastName', value: 'Theirs Value' },
      mine: { pointer: '/lastName', value: 'Mine' },
    });
    expect(conflicts).toEqual([{ pointer: '/lastName', mine: 'Mine', theirs: 'Theirs Value' }]);
    expect(valueAt(final, '/lastName')).toBe('Theirs Value');
  });
});
