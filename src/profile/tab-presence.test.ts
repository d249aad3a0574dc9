// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the browser's LockManager: requests are granted at once and held until released.
function fakeLocks() {
  const held = new Map<string, () => void>();
  return {
    held,
    request: vi.fn((name: string, callback: () => Promise<unknown>) => {
      held.set(name, () => held.delete(name));
      return callback();
    }),
    query: vi.fn(() => Promise.resolve({ held: [...held.keys()].map((name) => ({ name })), pending: [] })),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('tab presence with Web Locks', () => {
  it('an open tab is live at once, without waiting for an answer; a closed one (lock released) is not', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { ...navigator, locks });
    const { answerPresence, liveTabs } = await import('./tab-presence');
    answerPresence('tab-a');
    locks.held.set('someone-else', () => undefined);
    // A deadline of 0 ms: only the held locks count, so a busy tab that would answer late is still seen.
    expect(await liveTabs(0)).toEqual(new Set(['tab-a']));
    locks.held.get('profile-editor.tab:tab-a')?.();
    expect(await liveTabs(0)).toEqual(new Set());
  });
});
