import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { valueAt } from '../../forms/data/data-paths';
import { conflictSandbox, saveAfterAnotherTab } from '../../testing/conflict-check';
import { upholdProvider } from './provider';

// The details category fully answered first (name, citizenship, birth date; then the place of birth it asks for).
const answered = [
  [
    { pointer: '/details/fullName', value: 'John Doe' },
    { pointer: '/details/primaryCitizenship', value: 'GB' },
    { pointer: '/details/birthdate', value: '1987-01-01' },
  ],
  [{ pointer: '/details/birthplace', value: { country: 'PT', town: 'Porto' } }],
];

const { server, resetState, ctx } = await conflictSandbox('uphold');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

describe('uphold: changes saved meanwhile elsewhere', () => {
  it('are kept: only the user’s own change is written on top (one category per PATCH)', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: upholdProvider,
      ctx: ctx(),
      theirs: { pointer: '/details/birthdate', value: '1980-02-03' },
      mine: { pointer: '/details/fullName', value: 'Mine Name' },
      part: '0',
      before: answered,
    });
    expect(conflicts).toEqual([]);
    expect(valueAt(final, '/details/fullName')).toEqual('Mine Name');
    expect(valueAt(final, '/details/birthdate')).toEqual('1980-02-03');
  });

  it('on the same field, are a conflict with both values, and nothing is written', async () => {
    const { conflicts, final } = await saveAfterAnotherTab({
      provider: upholdProvider,
      ctx: ctx(),
      theirs: { pointer: '/details/fullName', value: 'Theirs Name' },
      mine: { pointer: '/details/fullName', value: 'Mine Name' },
      part: '0',
      before: answered,
    });
    expect(conflicts).toEqual([{ pointer: '/details/fullName', mine: 'Mine Name', theirs: 'Theirs Name' }]);
    expect(valueAt(final, '/details/fullName')).toBe('Theirs Name');
  });
});
