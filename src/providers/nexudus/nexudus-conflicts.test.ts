import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { valueAt } from '../../forms/data/data-paths';
import { conflictSandbox, saveAfterAnotherTab } from '../../testing/conflict-check';
import { nexudusProvider } from './provider';

const { server, resetState, ctx } = await conflictSandbox('nexudus');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

describe('nexudus: changes saved meanwhile elsewhere', () => {
  it('are kept: only the user’s own change is written on top (PATCH of the changed fields)', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: nexudusProvider,
      ctx: ctx(),
      theirs: { pointer: '/CityName', value: 'Leeds' },
      mine: { pointer: '/NickName', value: 'Mine' },
      part: '0',
    });
    expect(conflicts).toEqual([]);
    expect(valueAt(final, '/NickName')).toEqual('Mine');
    expect(valueAt(final, '/CityName')).toEqual('Leeds');
  });

  it('on the same field, are a conflict with both values, and nothing is written', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: nexudusProvider,
      ctx: ctx(),
      theirs: { pointer: '/NickName', value: 'Theirs Value' },
      mine: { pointer: '/NickName', value: 'Mine' },
      part: '0',
    });
    expect(conflicts).toEqual([{ pointer: '/NickName', mine: 'Mine', theirs: 'Theirs Value' }]);
    expect(valueAt(final, '/NickName')).toBe('Theirs Value');
  });
});
