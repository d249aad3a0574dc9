// Feedback where people look: the save status next to Save (saving, saved, failure with Retry or Sign in again),
// the error summary (focused, links that focus fields), the focus after a save, one announcement per outcome.
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHttpClient } from '../api/http';
import { ApiError } from '../api/api-error';
import { generateForm } from '../forms/generator/generate-form';
import type { FormData, ProfileProvider, ProviderContext } from '../providers/types';
import { clearDrafts } from './drafts';
import type { EditorCommands, EditorEvent } from './editor-events';
import { listenedCommandChannel } from '../testing/command-channel';
import { ProfileEditor } from './ProfileEditor';

const generated = generateForm({
  fields: [
    { path: 'name', label: 'Name', type: 'text', required: true },
    { path: 'email', label: 'E-mail', type: 'text', required: true },
    { path: 'city', label: 'City', type: 'text' },
  ],
});

/** A provider over an in-memory record; `fail` makes the next saves throw this error. */
function fakeProvider(initial: FormData) {
  const server = { data: { ...initial }, fail: undefined as unknown };
  const saves: FormData[] = [];
  const provider: ProfileProvider = {
    id: 'camunda',
    load: () => Promise.resolve({ ...generated, data: { ...server.data } }),
    save: (_ctx, request) => {
      if (server.fail)
        return Promise.reject(server.fail instanceof Error ? server.fail : new Error('failed'));
      saves.push(request.draft);
      server.data = { ...request.draft };
      return Promise.resolve({ ...generated, data: { ...server.data } });
    },
    describeError: (error) => ({
      kind: error instanceof ApiError && error.status === 401 ? 'auth' : 'server',
      message:
        error instanceof ApiError && error.status === 401 ? 'Your session ended.' : 'Test had a problem.',
      fieldErrors: [],
    }),
  };
  return { provider, server, saves };
}

let sessions = 0;
function renderEditor(
  provider: ProfileProvider,
  renewCredentials?: () => Promise<void>,
  embed?: { commands: EditorCommands; onEvent: (event: EditorEvent) => void },
) {
  const ctx: ProviderContext = {
    http: createHttpClient({ baseUrl: 'https://x.example' }),
    params: { id: '1' },
    locale: 'en-GB',
    sessionKey: `feedback-${++sessions}`,
  };
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <ProfileEditor
        provider={provider}
        ctx={ctx}
        providerLabel="Test"
        renewCredentials={renewCredentials}
        commands={embed?.commands}
        onEvent={embed?.onEvent}
      />
    </QueryClientProvider>,
  );
}

const field = (name: string) => screen.getByRole('textbox', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save' });
const statusLine = () => document.querySelector('[data-save-bar] [data-save-status]');
const type = (name: string, value: string) => {
  fireEvent.change(field(name), { target: { value } });
  fireEvent.blur(field(name));
};
/** Presses Save as a keyboard user does: the focus is on it. */
const pressSave = () => {
  saveButton().focus();
  fireEvent.click(saveButton());
};

/** Every text the live region says, in order (each announcement is a new node). */
function recordAnnouncements() {
  const said: string[] = [];
  const region = screen.getByRole('status');
  const observer = new MutationObserver((records) => {
    for (const record of records)
      record.addedNodes.forEach((node) => said.push((node.textContent ?? '').trim()));
  });
  observer.observe(region, { childList: true, subtree: true });
  return said;
}

afterEach(async () => {
  await clearDrafts();
});

describe('save feedback', () => {
  it('shows Unsaved changes, then Saving…, then Saved just now next to Save; the focus stays on Save', async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'City' });
    expect(statusLine()).toBeNull();
    type('City', 'Oslo');
    expect(statusLine()).toHaveAttribute('data-save-status', 'unsaved');
    expect(statusLine()).toHaveTextContent('Unsaved changes');
    const said = recordAnnouncements();
    pressSave();
    await waitFor(() => expect(statusLine()).toHaveAttribute('data-save-status', 'saved'));
    expect(statusLine()).toHaveTextContent('Saved just now. Your Test profile is up to date.');
    expect(saves).toEqual([{ name: 'Ann', email: 'ann@example.com', city: 'Oslo' }]);
    expect(saveButton()).toHaveFocus();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    // One announcement for the outcome (progress is shown, not said).
    expect(said).toEqual(['Saved. Your Test profile is up to date.']);
  });

  it('a failure says so next to Save with Retry; Retry saves, and each outcome is announced once', async () => {
    const { provider, server, saves } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    server.fail = new ApiError({ kind: 'http', status: 500, message: 'boom' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'City' });
    type('City', 'Oslo');
    const said = recordAnnouncements();
    pressSave();
    await waitFor(() => expect(statusLine()).toHaveAttribute('data-save-status', 'failed'));
    expect(statusLine()).toHaveTextContent('Test had a problem.');
    expect(saveButton()).toHaveFocus();
    server.fail = undefined;
    const retry = screen.getByRole('button', { name: 'Retry' });
    retry.focus();
    fireEvent.click(retry);
    await waitFor(() => expect(statusLine()).toHaveAttribute('data-save-status', 'saved'));
    expect(saves).toHaveLength(1);
    // Retry is gone with the failure: the focus moved to Save, not to <body>.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(saveButton()).toHaveFocus();
    expect(said).toEqual(['Test had a problem.', 'Saved. Your Test profile is up to date.']);
  });

  it('an ended session offers Sign in again next to Save, not Retry', async () => {
    const { provider, server } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    server.fail = new ApiError({ kind: 'http', status: 401, message: 'expired' });
    let renewed = 0;
    renderEditor(provider, () => {
      renewed += 1;
      return Promise.resolve();
    });
    await screen.findByRole('textbox', { name: 'City' });
    type('City', 'Oslo');
    pressSave();
    const signIn = await screen.findByRole('button', { name: 'Sign in again' });
    expect(statusLine()).toHaveTextContent('Your session ended.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    fireEvent.click(signIn);
    await waitFor(() => expect(renewed).toBe(1));
    expect(field('City')).toHaveValue('Oslo');
  });

  it('several invalid fields: the summary takes the focus and each link moves it to its field', async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    renderEditor(provider);
    await screen.findByRole('textbox', { name: 'Name' });
    type('Name', '');
    type('E-mail', '');
    const said = recordAnnouncements();
    pressSave();
    const summary = await screen.findByRole('region', { name: /2 fields need correcting/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Name', 'E-mail']);
    fireEvent.click(links[1]!);
    expect(field('E-mail')).toHaveFocus();
    expect(statusLine()).toHaveAttribute('data-save-status', 'invalid');
    expect(said).toEqual(['Please correct the 2 highlighted fields before saving.']);
    expect(saves).toEqual([]);
  });

  it("a portal's save blocked by invalid fields answers with an error naming the fields", async () => {
    const { provider, saves } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    const commands = listenedCommandChannel();
    const events: EditorEvent[] = [];
    renderEditor(provider, undefined, { commands, onEvent: (event) => events.push(event) });
    await screen.findByRole('textbox', { name: 'Name' });
    type('E-mail', '');
    await commands.subscribed;
    act(() => commands.send('save'));
    await waitFor(() =>
      expect(events.filter((event) => event.type === 'error')).toEqual([
        {
          type: 'error',
          kind: 'validation',
          message: 'Please correct the highlighted field before saving.',
          fields: ['email'],
        },
      ]),
    );
    expect(saves).toEqual([]);
  });

  it('a load refused because the session ended offers Sign in again, then reads the profile', async () => {
    const { provider } = fakeProvider({ name: 'Ann', email: 'ann@example.com' });
    let signedIn = false;
    const load = (ctx: ProviderContext) =>
      fakeProvider({ name: 'Ann', email: 'ann@example.com' }).provider.load(ctx);
    provider.load = (ctx) =>
      signedIn ? load(ctx) : Promise.reject(new ApiError({ kind: 'http', status: 401, message: 'expired' }));
    renderEditor(provider, () => {
      signedIn = true;
      return Promise.resolve();
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session ended.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Ann');
  });
});
