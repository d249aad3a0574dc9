// The page extension point through the app's route and the embed, with a real provider (Uphold) on its sandbox.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { credentials } from '../api/credentials';
import { ConfigContext } from '../config/config-context';
import type { EmbedConnection, EmbedSession } from '../embed/use-embed-session';
import { createCommandChannel } from '../profile/editor-events';
import { createNodeSandbox, sandboxConfig } from '../sandbox/node';
import { EmbeddedEditor } from './EmbeddedEditor';
import { ProviderPage } from './ProviderPage';
import { LEAVE_QUESTION } from './use-leave-guard';
import { messagesReady, setLocale } from '../i18n';

const { server, resetState } = await createNodeSandbox();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  credentials.set('test-token');
});
afterEach(() => {
  server.resetHandlers();
  resetState();
});
afterAll(() => server.close());

// A find that follows a sandbox round trip and a form's first render (JSON Forms and MUI in jsdom): far more than
// the default second on a busy machine. A passing test does not wait for it.
const LOADED = { timeout: 15_000 };
// Whole flows (load, answer, save) in jsdom, likewise.
const FLOW = { timeout: 45_000 };

const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function Location() {
  return <output aria-label="location">{useLocation().pathname}</output>;
}

function renderRoute(path: string) {
  render(
    <ConfigContext.Provider value={sandboxConfig}>
      <QueryClientProvider client={queryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route
              path=":providerId/*"
              element={
                <>
                  <ProviderPage />
                  <Location />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </ConfigContext.Provider>,
  );
}

describe('a provider with pages, in the app', () => {
  it('without a page: its landing page, linking to the next page by address', async () => {
    renderRoute('/uphold');
    expect(await screen.findByRole('heading', { name: 'Your Uphold verification' }, LOADED)).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Continue' }, LOADED)).toHaveAttribute(
      'href',
      '/uphold/profile',
    );
  });

  it('a page named by an alias moves to its canonical address and shows its frame', async () => {
    renderRoute('/uphold/taxDetails');
    expect(await screen.findByRole('heading', { name: 'Tax details' }, LOADED)).toBeVisible();
    expect(screen.getByRole('status', { name: 'location' })).toHaveTextContent('/uphold/tax-details');
    // The frame decides: this process waits for the profile, so no form is shown.
    expect(await screen.findByRole('note', {}, LOADED)).toHaveTextContent('Opens once Profile is done.');
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it('an unknown page, or one segment too many, is not found', async () => {
    renderRoute('/uphold/payroll');
    expect(await screen.findByRole('alert', {}, LOADED)).toHaveTextContent(
      'Uphold has no page called "payroll".',
    );
  });

  it('a provider without pages keeps its routes', () => {
    renderRoute('/navixy/extra');
    expect(screen.getByRole('alert')).toHaveTextContent('Navixy has no page at "/navixy/extra".');
  });
});

function renderEmbedded(params: Record<string, string>) {
  const send = vi.fn();
  const connection: EmbedConnection = {
    framed: true,
    session: undefined,
    commands: createCommandChannel(),
    send,
    onEditorEvent: send,
    renewCredentials: () => Promise.resolve(),
  };
  const session: EmbedSession = { key: 1, provider: 'uphold', params, theme: {} };
  render(
    <ConfigContext.Provider value={sandboxConfig}>
      <QueryClientProvider client={queryClient()}>
        <EmbeddedEditor session={session} connection={connection} />
      </QueryClientProvider>
    </ConfigContext.Provider>,
  );
  return send;
}

describe('a provider with pages, embedded', () => {
  it('init params open a page; saved names it', FLOW, async () => {
    const user = userEvent.setup();
    const send = renderEmbedded({ process: 'customerDueDiligence' });
    expect(await screen.findByRole('heading', { name: 'Customer due diligence' }, LOADED)).toBeVisible();
    await user.click(await screen.findByRole('checkbox', { name: 'Buy and sell crypto' }, LOADED));
    await user.click(screen.getByRole('button', { name: 'Save Your plans' }));
    await waitFor(
      () =>
        expect(send).toHaveBeenCalledWith({
          type: 'saved',
          provider: 'uphold',
          fields: ['intent'],
          params: { process: 'customer-due-diligence' },
        }),
      LOADED,
    );
  });

  it('without a page: the landing page, whose links are buttons that open pages in place', FLOW, async () => {
    const user = userEvent.setup();
    renderEmbedded({});
    await user.click(await screen.findByRole('button', { name: 'Continue' }, LOADED));
    expect(await screen.findByRole('heading', { name: 'Profile' }, LOADED)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'All Uphold steps' }));
    expect(await screen.findByRole('heading', { name: 'Your Uphold verification' }, LOADED)).toBeVisible();
  });

  it('leaving a page with unsaved changes asks first; staying keeps them', FLOW, async () => {
    const user = userEvent.setup();
    const send = renderEmbedded({ process: 'profile' });
    const fullName = await screen.findByRole('textbox', { name: 'Full name' }, LOADED);
    await user.type(fullName, 'Jane Doe');
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'dirty', dirty: true }), LOADED);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'All Uphold steps' }));
    expect(confirm).toHaveBeenCalledWith(LEAVE_QUESTION);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Jane Doe');
    await user.click(screen.getByRole('button', { name: 'All Uphold steps' }));
    expect(await screen.findByRole('heading', { name: 'Your Uphold verification' }, LOADED)).toBeVisible();
    expect(send).toHaveBeenLastCalledWith({ type: 'dirty', dirty: false });
  });

  it('the way back to every step speaks the language shown', FLOW, async () => {
    await messagesReady('de-DE');
    setLocale('de-DE');
    try {
      renderEmbedded({ process: 'profile' });
      expect(await screen.findByRole('button', { name: 'Alle Schritte bei Uphold' }, LOADED)).toBeVisible();
    } finally {
      setLocale('en');
    }
  });

  it('an unknown page is a protocol error', async () => {
    const send = renderEmbedded({ process: 'payroll' });
    expect(await screen.findByRole('alert', {}, LOADED)).toHaveTextContent(
      'Uphold has no page called "payroll".',
    );
    expect(send).toHaveBeenCalledWith({
      type: 'error',
      kind: 'protocol',
      message: 'Uphold has no page called "payroll".',
    });
  });
});
