import { afterEach, describe, expect, it } from 'vitest';
import { createStore, entries, set } from 'idb-keyval';
import { clearDrafts, DRAFT_LIFETIME_MS, deleteDraft, loadDraft, saveDraft, type DraftId } from './drafts';

const ann: DraftId = { sessionKey: 'ann', providerId: 'nexudus', params: {} };
const bob: DraftId = { ...ann, sessionKey: 'bob' };
const store = createStore('profile-editor', 'drafts');
const everything = async () => JSON.stringify(await entries(store));

afterEach(() => clearDrafts());

describe('drafts kept on this device', () => {
  it('keeps a draft per user and profile, and gives it back after a reload of the tab', async () => {
    await saveDraft(ann, { base: { name: 'A' }, draft: { name: 'Typed' } });
    expect(await loadDraft(ann)).toMatchObject({ base: { name: 'A' }, draft: { name: 'Typed' } });
    expect(await loadDraft(bob)).toBeUndefined();
    expect(await loadDraft({ ...ann, params: { id: '2' } })).toBeUndefined();
    expect(await loadDraft({ ...ann, providerId: 'wise' })).toBeUndefined();
  });

  it('never stores a secret, in the draft or its base', async () => {
    await saveDraft(
      ann,
      { base: { name: 'A', Password: 'old-secret' }, draft: { name: 'B', Password: 'new-secret' } },
      ['/Password'],
    );
    const stored = await everything();
    expect(stored).not.toContain('secret');
    expect(stored).toContain('"name":"B"');
  });

  it('keeps the pending flag of a save queued while offline', async () => {
    await saveDraft(ann, { base: {}, draft: { name: 'B' }, pending: { part: '2' } });
    expect((await loadDraft(ann))?.pending).toEqual({ part: '2' });
  });

  it('forgets a draft after 24 hours', async () => {
    const now = Date.now();
    await saveDraft(ann, { base: {}, draft: { name: 'Old' } }, [], now - DRAFT_LIFETIME_MS - 1);
    expect(await loadDraft(ann, now)).toBeUndefined();
    expect(await everything()).not.toContain('Old');
  });

  it('drops a corrupt or foreign entry instead of trusting it', async () => {
    await set('garbage', { version: 1, draft: 'not an object' }, store);
    await set('other', 'text', store);
    await saveDraft(ann, { base: {}, draft: { name: 'Good' } });
    expect((await loadDraft(ann))?.draft).toEqual({ name: 'Good' });
    expect((await entries(store)).map(([key]) => key)).not.toContain('garbage');
  });

  it('clearDrafts forgets every user but the one kept (a new user signs in)', async () => {
    await saveDraft(ann, { base: {}, draft: { name: 'Ann’s' } });
    await saveDraft(bob, { base: {}, draft: { name: 'Bob’s' } });
    await clearDrafts({ exceptSessionKey: 'bob' });
    expect(await loadDraft(ann)).toBeUndefined();
    expect((await loadDraft(bob))?.draft).toEqual({ name: 'Bob’s' });
    await clearDrafts();
    expect(await loadDraft(bob)).toBeUndefined();
  });

  it('deleteDraft forgets this tab’s draft (after a save or a discard)', async () => {
    await saveDraft(ann, { base: {}, draft: { name: 'B' } });
    await deleteDraft(ann);
    expect(await loadDraft(ann)).toBeUndefined();
  });

  it('takes over the draft of a tab that was closed, not of one still open', async () => {
    const entry = (tab: string, name: string) => ({
      version: 1,
      sessionKey: 'ann',
      providerId: 'nexudus',
      profile: '[]',
      tabId: tab,
      savedAt: Date.now(),
      base: {},
      draft: { name },
    });
    await set('closed-tab', entry('closed', 'From a closed tab'), store);
    expect((await loadDraft(ann))?.draft).toEqual({ name: 'From a closed tab' });

    await clearDrafts();
    const open = new BroadcastChannel('profile-editor.tabs');
    open.onmessage = () => open.postMessage({ type: 'alive', tab: 'open' });
    await set('open-tab', entry('open', 'From an open tab'), store);
    expect(await loadDraft(ann)).toBeUndefined();
    open.close();
  });
});
