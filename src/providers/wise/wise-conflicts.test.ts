import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { valueAt } from '../../forms/data/data-paths';
import { conflictSandbox, saveAfterAnotherTab } from '../../testing/conflict-check';
import { wiseProvider } from './provider';

const { server, resetState, ctx } = await conflictSandbox('wise');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

describe('wise: changes saved meanwhile elsewhere', () => {
  it('are kept: only the user’s own change is written on top (PUT sends the whole profile)', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: wiseProvider,
      ctx: ctx({ profileId: '14575290' }),
      theirs: { pointer: '/address/city', value: 'Tucson' },
      mine: { pointer: '/preferredName', value: 'Mine' },
    });
    expect(conflicts).toEqual([]);
    expect(valueAt(final, '/preferredName')).toEqual('Mine');
    expect(valueAt(final, '/address/city')).toEqual('Tucson');
  });

  it('on the same field, are a conflict with both values, and nothing is written', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: wiseProvider,
      ctx: ctx({ profileId: '14575290' }),
      theirs: { pointer: '/preferredName', value: 'Theirs Value' },
      mine: { pointer: '/preferredName', value: 'Mine' },
    });
    expect(conflicts).toEqual([{ pointer: '/preferredName', mine: 'Mine', theirs: 'Theirs Value' }]);
    expect(valueAt(final, '/preferredName')).toBe('Theirs Value');
  });
});
