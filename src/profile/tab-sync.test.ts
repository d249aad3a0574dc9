// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { connectTabSync } from './tab-sync';

const profile = { sessionKey: 'ann', providerId: 'camunda', params: { userId: 'demo' } };

describe('tab sync', () => {
  it('tells the other tabs of the same user’s profile that it was saved, and no one else', async () => {
    const sameProfile = vi.fn();
    const otherUser = vi.fn();
    const otherProfile = vi.fn();
    const self = vi.fn();
    const here = connectTabSync(profile, self);
    const tabs = [
      connectTabSync(profile, sameProfile),
      connectTabSync({ ...profile, sessionKey: 'bob' }, otherUser),
      connectTabSync({ ...profile, params: { userId: 'john' } }, otherProfile),
    ];
    here.announceSaved();
    await waitFor(() => expect(sameProfile).toHaveBeenCalledTimes(1));
    // A message the others would have had by now: the same channel delivers in order.
    tabs[0]?.announceSaved();
    await waitFor(() => expect(self).toHaveBeenCalledTimes(1));
    expect(otherUser).not.toHaveBeenCalled();
    expect(otherProfile).not.toHaveBeenCalled();
    [here, ...tabs].forEach((tab) => tab.close());
  });

  it('ignores anything on the channel that is not its message', async () => {
    const listener = vi.fn();
    const tab = connectTabSync(profile, listener);
    const stranger = new BroadcastChannel('profile-editor');
    stranger.postMessage({ type: 'saved', sessionKey: 'ann' });
    stranger.postMessage('saved');
    const probe = connectTabSync(profile, () => undefined);
    probe.announceSaved();
    await waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    [tab, probe].forEach((t) => t.close());
    stranger.close();
  });
});
