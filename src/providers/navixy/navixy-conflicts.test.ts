import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { valueAt } from '../../forms/data/data-paths';
import { conflictSandbox, saveAfterAnotherTab } from '../../testing/conflict-check';
import { navixyProvider } from './provider';

const { server, resetState, ctx } = await conflictSandbox('navixy');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

describe('navixy: changes saved meanwhile elsewhere', () => {
  it('are kept: only the user’s own change is written on top (the update sets every field)', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: navixyProvider,
      ctx: ctx(),
      theirs: { pointer: '/post_city', value: 'Boston' },
      mine: { pointer: '/first_name', value: 'Mine' },
    });
    expect(conflicts).toEqual([]);
    expect(valueAt(final, '/first_name')).toEqual('Mine');
    expect(valueAt(final, '/post_city')).toEqual('Boston');
  });

  it('on the same field, are a conflict with both values, and nothing is written', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: navixyProvider,
      ctx: ctx(),
      theirs: { pointer: '/first_name', value: 'Theirs Value' },
      mine: { pointer: '/first_name', value: 'Mine' },
    });
    expect(conflicts).toEqual([{ pointer: '/first_name', mine: 'Mine', theirs: 'Theirs Value' }]);
    expect(valueAt(final, '/first_name')).toBe('Theirs Value');
  });
});
