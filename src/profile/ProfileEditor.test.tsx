import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHttpClient } from '../api/http';
import { ApiError } from '../api/api-error';
import { generateForm } from '../forms/generator/generate-form';
import { loadPhoneCheck } from '../forms/phone-format';
import type { FormData, ProfileProvider, ProviderContext, SaveRequest } from '../providers/types';
import { clearDrafts, loadDraft } from './drafts';
import type { EditorCommands } from './editor-events';
import { listenedCommandChannel } from '../testing/command-channel';
import { draftLookupKey, settledDraftLookup, startDraftLookup } from './early-draft-lookup';
import { ProfileEditor } from './ProfileEditor';
import { profileQueryOptions } from './use-profile';
import { saveSettings } from './save-settings';

const generated = generateForm({
  fields: [
    { path: 'name', label: 'Name', type: 'text', required: true },
    { path: 'city', label: 'City', type: 'text' },
    { path: 'phone', label: 'Phone', type: 'phone' },
  ],
});

/** A provider over an in-memory record that replaces the whole record on save (like a PUT). */
function fakeProvider(initial: FormData) {
  const server = { data: { ...initial } };
  const saves: FormData[] = [];
  const provider: ProfileProvider = {
    id: 'camunda',
    load: () => Promise.resolve({ ...generated, data: { ...server.data } }),
    save: (_ctx, request: SaveRequest) => {
      saves.push(request.draft);
      server.data = { ...request.draft };
      return Promise.resolve({ ...generated, data: { ...server.data } });
    },
    describeError: (error) => ({
      kind: error instanceof ApiError && error.status === 401 ? 'auth' : 'server',
      message: `Failed: ${error instanceof Error ? error.message : String(error)}`,
      fieldErrors: [],
    }),
  };
  return { provider, server, saves };
}

let sessions = 0;
/** A context of a new session (no draft or cache of another test's). */
const newCtx = (): ProviderContext => ({
  http: createHttpClient({ baseUrl: 'https://x.example' }),
  params: { id: '1' },
  locale: 'en-GB',
  sessionKey: `user-${++sessions}`,
});

function renderEditor(provider: ProfileProvider, commands?: EditorCommands) {
  const ctx = newCtx();
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <ProfileEditor provider={provider} ctx={ctx} providerLabel="Test" commands={commands} />
    </QueryClientProvider>,
  );
  return ctx;
}

const field = (name: string) => screen.getByRole('textbox', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save' });
/** Types into a field and leaves it (the input commits what it holds). */
const type = (name: string, value: string) => {
  fireEvent.change(field(name), { target: { value } });
  fireEvent.blur(field(name));
};

afterEach(async () => {
  saveSettings.configure({});
  vi.restoreAllMocks();
  await clearDrafts();
});

describe('the editor core', () => {
  it('shows the form in its first render when the boot has read the profile and looked for a draft already', async () => {
    const { provider } = fakeProvider({ name: 'Ann', city: 'Oslo' });
    const ctx = newCtx();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // What src/app/start-route.ts does before the app's first render.
    await client.prefetchQuery(profileQueryOptions(provider, ctx));
    const id = { sessionKey: ctx.sessionKey, providerId: provider.id, params: ctx.params };
    startDraftLookup(id);
    await waitFor(() => expect(settledDraftLookup(draftLookupKey(id))).toBeDefined());
    render(
      <QueryClientProvider client={client}>
        <ProfileEditor provider={provider} ctx={ctx} providerLabel="Test" />
      </QueryClientProvider>,
    );
    // At once: no "Loading…" render while IndexedDB is asked again.
    expect(field('Name')).toHaveValue('Ann');
    expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull();
  });

  it('Save first flushes every input, then validates and sends what was typed — no waiting', async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann', city: 'Oslo' });
    const commands = listenedCommandChannel();
    renderEditor(provider, commands);
    await screen.findByRole('textbox', { name: 'Name' });
    // The inputs hold these keystrokes (committed only after a pause): a save must not lose them.
    fireEvent.change(field('Name'), { target: { value: 'Bea' } });
    fireEvent.change(field('City'), { target: { value: 'Bergen' } });
    await commands.subscribed;
    act(() => commands.send('save'));
    await waitFor(() => expect(saves).toEqual([{ name: 'Bea', city: 'Bergen' }]));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved. Your Test profile is up to date.'),
    );
  });

  it('validates the flushed draft: a field just emptied blocks the save and gets the focus', async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann' });
    const commands = listenedCommandChannel();
    renderEditor(provider, commands);
    await screen.findByRole('textbox', { name: 'Name' });
    fireEvent.change(field('Name'), { target: { value: '' } });
    await commands.subscribed;
    act(() => commands.send('save'));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Please correct the highlighted field'),
    );
    // One field to correct: the focus goes to it; the summary lists it too.
    const summary = await screen.findByRole('region', { name: /1 field needs correcting/ });
    expect(within(summary).getByRole('link', { name: 'Name' })).toBeVisible();
    await waitFor(() => expect(field('Name')).toHaveFocus());
    expect(saves).toEqual([]);
  });

  it('a stored value our stricter check rejects is flagged, not refused, when the user changed something else', async () => {
    await loadPhoneCheck(); // the real check arrives lazily in the app; this test is about what it flags
    const { provider, saves } = fakeProvider({ name: 'Ann', phone: '+47400000' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    // The phone check loads lazily: the stored number is flagged once it has.
    await waitFor(() =>
      expect(field('Phone')).toHaveAccessibleDescription(/already on file, so it does not stop saving/),
    );
    type('City', 'Oslo');
    fireEvent.click(saveButton());
    await waitFor(() => expect(saves).toEqual([{ name: 'Ann', phone: '+47400000', city: 'Oslo' }]));

    // A phone the user types is checked as before.
    type('Phone', '+4712');
    fireEvent.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Please correct the highlighted field'),
    );
    expect(saves).toHaveLength(1);
  });

  it('Discard changes goes back to the loaded values and forgets the stored draft', async () => {
    const { provider } = fakeProvider({ name: 'Ann' });
    const ctx = renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    type('Name', 'Draft');
    const id = { sessionKey: ctx.sessionKey, providerId: 'camunda', params: ctx.params };
    await waitFor(async () => expect((await loadDraft(id))?.draft).toEqual({ name: 'Draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(field('Name')).toHaveValue('Ann'));
    await waitFor(async () => expect(await loadDraft(id)).toBeUndefined());
  });

  it('re-reads before writing: a change made elsewhere is kept, the same field changed elsewhere is asked about', async () => {
    const { provider, server, saves } = fakeProvider({ name: 'Ann', city: 'Oslo' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    server.data = { name: 'Ann', city: 'Changed elsewhere' };
    type('Name', 'Bea');
    fireEvent.click(saveButton());
    await waitFor(() => expect(saves).toEqual([{ name: 'Bea', city: 'Changed elsewhere' }]));

    server.data = { name: 'Theirs', city: 'Changed elsewhere' };
    type('Name', 'Mine');
    fireEvent.click(saveButton());
    const conflict = await screen.findByRole('region', { name: 'Changed in two places' });
    expect(conflict).toHaveTextContent('Yours: Mine');
    expect(conflict).toHaveTextContent('Saved at Test: Theirs');
    expect(saves).toHaveLength(1);
    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    fireEvent.click(saveButton());
    await waitFor(() => expect(saves.at(-1)).toEqual({ name: 'Mine', city: 'Changed elsewhere' }));
  });

  it('offline, a save waits and says so; it is sent when the browser is online again', async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    type('Name', 'Later');
    fireEvent.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent("You're offline — we'll save when you're back."),
    );
    expect(saves).toEqual([]);
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(saves).toEqual([{ name: 'Later' }]));
  });

  it('a write that times out is checked: when it landed, the user is told it is saved', async () => {
    saveSettings.configure({ timeoutMs: 30 });
    const { provider, server } = fakeProvider({ name: 'Ann' });
    // The provider applies the change but its answer never comes.
    provider.save = (_ctx, request) => {
      server.data = { ...request.draft };
      return new Promise(() => undefined);
    };
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    type('Name', 'Landed');
    fireEvent.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/slow to answer, but your changes arrived/),
    );
  });

  it('"Saving…" is on screen before the save sends anything: its requests start after that frame', async () => {
    const { provider } = fakeProvider({ name: 'Ann' });
    const load = vi.spyOn(provider, 'load');
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const readsBefore = load.mock.calls.length;
    type('Name', 'Bea');
    fireEvent.click(saveButton());
    // The click's frame: the status and the busy Save, and no request yet (the save first reads the profile),
    // however many tasks run before the frame (a timer of 0 ms fires before the no-frame fallback's).
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-busy', 'true');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(load).toHaveBeenCalledTimes(readsBefore);
    act(() => frames.forEach((frame) => frame(performance.now())));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(readsBefore + 1));
    await waitFor(() => expect(field('Name')).toHaveValue('Bea'));
    await screen.findByText(/Saved just now/);
  });

  it('Cancel stops a slow save; a re-read tells the user nothing was changed', async () => {
    const { provider } = fakeProvider({ name: 'Ann' });
    let signal: AbortSignal | undefined;
    provider.save = (ctx) => {
      signal = ctx.signal;
      return new Promise(() => undefined);
    };
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    type('Name', 'Never');
    fireEvent.click(saveButton());
    // Cancelled while the write is on its way (the save starts it once "Saving…" is on screen).
    await waitFor(() => expect(signal).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Save cancelled: nothing was changed at Test (we checked).',
      ),
    );
    expect(signal?.aborted).toBe(true);
    expect(field('Name')).toHaveValue('Never');
  });
});
