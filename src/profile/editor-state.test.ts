import { describe, expect, it } from 'vitest';
import {
  dirtyPointersOf,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorState,
} from './editor-state';

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const set = (pointer: string, value: unknown): EditorAction => ({
  type: 'edit',
  pointer,
  update: () => value,
});
const base = { name: 'Ann', address: { city: 'Oslo', zip: '0150' }, tags: ['a'] };

describe('editor state', () => {
  it('an edit changes the draft at its pointer, marks the field touched and dirty, and leaves the base alone', () => {
    const state = run(initialEditorState(base), set('/address/city', 'Bergen'));
    expect(state.draft).toEqual({ ...base, address: { city: 'Bergen', zip: '0150' } });
    expect(state.base).toBe(base);
    expect([...state.touched]).toEqual(['/address/city']);
    expect(dirtyPointersOf(state)).toEqual(['/address/city']);
  });

  it('editing back to the loaded value is not dirty; emptying a field removes it', () => {
    const back = run(initialEditorState(base), set('/name', 'Bo'), set('/name', 'Ann'));
    expect(dirtyPointersOf(back)).toEqual([]);
    const emptied = run(initialEditorState(base), set('/name', undefined));
    expect(emptied.draft).not.toHaveProperty('name');
    expect(dirtyPointersOf(emptied)).toEqual(['/name']);
  });

  it('an edit clears the provider’s error on that field only', () => {
    const failed = run(initialEditorState(base), {
      type: 'save-failed',
      failure: {
        kind: 'validation',
        message: 'x',
        fieldErrors: [
          { path: '/name', message: 'bad' },
          { path: '/address/city', message: 'bad' },
        ],
      },
    });
    const edited = run(failed, set('/name', 'Bo'));
    expect(edited.serverErrors).toEqual([{ path: '/address/city', message: 'bad' }]);
    expect(edited.status.kind).toBe('failed');
  });

  it('discard goes back to the base with a fresh object, forgetting touched fields and errors', () => {
    const state = run(
      initialEditorState(base),
      set('/name', 'Bo'),
      { type: 'show-all-errors' },
      { type: 'discard' },
    );
    expect(state.draft).toEqual(base);
    expect(state.draft).not.toBe(base);
    expect(state.touched.size).toBe(0);
    expect(state.showAllErrors).toBe(false);
  });

  it('a save keeps what was typed while it ran and unsaved edits outside the saved part', () => {
    const typing = run(initialEditorState(base), set('/name', 'Bo'), set('/tags', ['b']));
    const sent = typing.draft;
    const meanwhile = run(typing, set('/address/city', 'Bergen'));
    const saved = run(meanwhile, {
      type: 'save-succeeded',
      saved: { name: 'BO', address: { city: 'Oslo', zip: '0150' }, tags: ['a'] },
      sent,
      keys: ['name', 'address'],
      outcome: { at: 1000, by: 'save', part: '0', partLabel: 'Name' },
    });
    expect(saved.base).toEqual({ name: 'BO', address: { city: 'Oslo', zip: '0150' }, tags: ['a'] });
    expect(saved.draft).toEqual({ name: 'BO', address: { city: 'Bergen', zip: '0150' }, tags: ['b'] });
    expect(dirtyPointersOf(saved).sort()).toEqual(['/address/city', '/tags']);
    expect(saved.status).toEqual({ kind: 'saved', at: 1000, by: 'save', part: '0', partLabel: 'Name' });
  });

  it('a rebase carries the user’s changes onto fresh values and stops on a field changed on both sides', () => {
    const editing = run(initialEditorState(base), set('/name', 'Mine'), set('/address/zip', '0151'));
    const fresh = { name: 'Theirs', address: { city: 'Trondheim', zip: '0150' }, tags: ['a'] };
    const rebased = run(editing, { type: 'rebase', fresh, origin: 'other-tab', notice: 'saved elsewhere' });
    expect(rebased.base).toEqual(fresh);
    expect(rebased.draft).toEqual({ name: 'Mine', address: { city: 'Trondheim', zip: '0151' }, tags: ['a'] });
    expect(rebased.status).toEqual({
      kind: 'conflict',
      origin: 'other-tab',
      conflicts: [{ pointer: '/name', mine: 'Mine', theirs: 'Theirs' }],
    });
    expect(rebased.notice).toBe('saved elsewhere');

    const theirs = run(rebased, { type: 'resolve', pointer: '/name', keep: 'theirs' });
    expect(theirs.draft.name).toBe('Theirs');
    expect(theirs.status.kind).toBe('idle');
    const mine = run(rebased, { type: 'resolve', pointer: '/name', keep: 'mine' });
    expect(mine.draft.name).toBe('Mine');
    expect(dirtyPointersOf(mine).sort()).toEqual(['/address/zip', '/name']);
  });

  it('a restored draft is laid over the current values, with its pending save', () => {
    const now = { ...base, address: { city: 'Oslo', zip: '9999' } };
    const restored = run(initialEditorState(now), {
      type: 'restore',
      base,
      draft: { ...base, name: 'Typed' },
      pending: { part: undefined },
    });
    expect(restored.draft).toEqual({ ...now, name: 'Typed' });
    expect(restored.restored).toBe(true);
    expect(restored.pending).toEqual({ part: undefined });
    expect(restored.status.kind).toBe('idle');
  });

  it('a queued save stays queued while it runs (a tab closed meanwhile leaves it queued), until its outcome', () => {
    const queued = run(initialEditorState(base), set('/name', 'Typed'), { type: 'queued', part: undefined });
    const running = run(queued, { type: 'save-started', part: undefined, step: 'writing' });
    expect(running.pending).toEqual({ part: undefined });
    const failure = { kind: 'server' as const, message: 'No.', fieldErrors: [] };
    expect(run(running, { type: 'save-failed', failure }).pending).toBeUndefined();
    const saved = run(running, {
      type: 'save-succeeded',
      sent: running.draft,
      saved: running.draft,
      keys: undefined,
      outcome: { at: 1000, by: 'save' },
    });
    expect(saved.pending).toBeUndefined();
  });
});
