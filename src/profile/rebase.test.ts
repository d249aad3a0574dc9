import { describe, expect, it } from 'vitest';
import { rebaseDraft, writeOutcome } from './rebase';

describe('three-way rebase', () => {
  const base = { first: 'Ann', last: 'Lee', email: 'a@x.org', list: [{ code: 'a' }] };

  it('keeps changes made elsewhere to fields the user did not touch (no lost update)', () => {
    const result = rebaseDraft({
      base,
      draft: { ...base, last: 'Mine' },
      fresh: { ...base, first: 'Changed elsewhere' },
    });
    expect(result.draft).toEqual({ ...base, first: 'Changed elsewhere', last: 'Mine' });
    expect(result.conflicts).toEqual([]);
  });

  it('names a field changed on both sides to different values, never picks one silently', () => {
    const result = rebaseDraft({
      base,
      draft: { ...base, first: 'Mine' },
      fresh: { ...base, first: 'Theirs' },
    });
    expect(result.conflicts).toEqual([{ pointer: '/first', mine: 'Mine', theirs: 'Theirs' }]);
    expect(result.draft.first).toBe('Mine');
  });

  it('the same change on both sides is no conflict; a list counts as one value', () => {
    expect(
      rebaseDraft({ base, draft: { ...base, first: 'Same' }, fresh: { ...base, first: 'Same' } }).conflicts,
    ).toEqual([]);
    const lists = rebaseDraft({
      base,
      draft: { ...base, list: [{ code: 'mine' }] },
      fresh: { ...base, list: [{ code: 'theirs' }] },
    });
    expect(lists.conflicts.map((c) => c.pointer)).toEqual(['/list']);
  });

  it('tells whether a write whose answer never came has landed, partly, not at all, or cannot tell', () => {
    const sent = { ...base, first: 'New ', last: 'Newer' };
    expect(writeOutcome({ base, sent, fresh: { ...base, first: 'New', last: 'Newer' } })).toBe('landed');
    expect(writeOutcome({ base, sent, fresh: { ...base, first: 'New' } })).toBe('partly');
    expect(writeOutcome({ base, sent, fresh: base })).toBe('not-landed');
    expect(
      writeOutcome({ base, sent: { ...base, password: 'secret' }, fresh: base, unreadable: ['/password'] }),
    ).toBe('unknown');
  });
});
