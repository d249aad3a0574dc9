// @vitest-environment jsdom
// Another tab's save is taken in even when the provider's read lags behind its write for a moment.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProfileForm } from '../providers/types';
import { initialEditorState } from './editor-state';
import { createEditorStore } from './editor-store';
import { READ_LAG_RETRIES_MS, useTabSync } from './use-editor-sync';

let savedElsewhere: (() => void) | undefined;
vi.mock('./tab-sync', () => ({
  connectTabSync: (_id: unknown, onSavedElsewhere: () => void) => {
    savedElsewhere = onSavedElsewhere;
    return { announceSaved: () => undefined, close: () => undefined };
  },
}));

const form = (city: string): ProfileForm => ({
  schema: { type: 'object', properties: { city: { type: 'string' } } },
  uischema: { type: 'VerticalLayout' },
  data: { city },
});
const id = { sessionKey: 's', providerId: 'nexudus', params: {} };

describe('another tab’s save', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads again while the provider still shows the old values, then takes the new ones in', async () => {
    const store = createEditorStore(initialEditorState({ city: 'London' }));
    const reread = vi
      .fn<() => Promise<ProfileForm>>()
      .mockResolvedValueOnce(form('London')) // the write has not reached this read yet
      .mockResolvedValueOnce(form('London'))
      .mockResolvedValue(form('Hale'));
    const adopt = vi.fn();
    renderHook(() => useTabSync({ store, id, providerLabel: 'Nexudus', reread, adopt }));

    await act(() => Promise.resolve(savedElsewhere?.()));
    expect(store.getState().base).toEqual({ city: 'London' });
    expect(store.getState().notice).toBeUndefined();

    await act(() => vi.advanceTimersByTimeAsync(READ_LAG_RETRIES_MS[0] ?? 0));
    expect(reread).toHaveBeenCalledTimes(2);
    expect(store.getState().base).toEqual({ city: 'London' });

    await act(() => vi.advanceTimersByTimeAsync(READ_LAG_RETRIES_MS[1] ?? 0));
    expect(reread).toHaveBeenCalledTimes(3);
    expect(store.getState().base).toEqual({ city: 'Hale' });
    expect(store.getState().notice).toContain('saved in another tab');
    expect(adopt).toHaveBeenCalledOnce();
  });

  it('takes the read in after the last retry even when nothing changed (the other tab saved the same values)', async () => {
    const store = createEditorStore(initialEditorState({ city: 'London' }));
    const reread = vi.fn<() => Promise<ProfileForm>>().mockResolvedValue(form('London'));
    renderHook(() => useTabSync({ store, id, providerLabel: 'Nexudus', reread, adopt: () => undefined }));

    await act(() => Promise.resolve(savedElsewhere?.()));
    await act(() => vi.advanceTimersByTimeAsync(READ_LAG_RETRIES_MS.reduce((a, b) => a + b, 0)));
    expect(reread).toHaveBeenCalledTimes(READ_LAG_RETRIES_MS.length + 1);
    expect(store.getState().notice).toContain('saved in another tab');
  });
});
