// Adding a provider is one folder and one registry entry: a fake provider (src/testing/fake-provider, shaped like
// any src/providers/<id>/) is added to the registry by one entry — nothing else changes — and the app lists it,
// routes to it, loads and saves it through its sandbox.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { AppConfig } from '../config/app-config';
import type * as Registry from '../providers';
import { scenarioHandler } from '../sandbox/scenarios';

const ACME = 'https://api.acme.example/v1';

vi.mock('../providers', async (importOriginal) => {
  const registry = await importOriginal<typeof Registry>();
  const { defineProvider, registryOf } = await import('../providers/registry');
  // The one registry entry (in src/providers/index.ts it is one more item in the list).
  const acme = defineProvider({
    id: 'acme',
    label: 'Acme',
    description: 'Acme member profile: nickname and home city.',
    params: ['memberId'],
    paramHint: 'member id',
    load: async () => (await import('../testing/fake-provider/provider')).acmeProvider,
    loadSandbox: async () => (await import('../testing/fake-provider/sandbox')).acmeSandbox,
  });
  return { ...registry, ...registryOf([...registry.providerRegistry, acme]) };
});

const { App } = await import('./App');
const { acmeSandbox } = await import('../testing/fake-provider/sandbox');
const server = setupServer(scenarioHandler('acme', ACME), ...acmeSandbox.handlers(ACME));
// Its base URL in config.json, as for any provider.
const config: AppConfig = {
  mode: 'live',
  providers: { acme: { baseUrl: ACME } },
  embed: { allowedOrigins: [] },
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function openApp(path: string) {
  window.history.pushState({}, '', path);
  return render(<App config={config} />);
}

describe('adding a provider', () => {
  it('the home page lists it', async () => {
    openApp('/');
    const list = await screen.findByRole('list', { name: 'Providers' });
    expect(within(list).getByRole('link', { name: /Acme member profile/ })).toHaveAttribute('href', '/acme');
  });

  it('its route loads the profile from its sandbox and saves it', async () => {
    const user = userEvent.setup();
    openApp('/acme/7');
    expect(await screen.findByRole('heading', { name: 'Your Acme profile' })).toBeVisible();
    const nickname = await screen.findByRole('textbox', { name: 'Nickname' });
    await waitFor(() => expect(nickname).toHaveValue('Seven'));
    await user.clear(nickname);
    await user.type(nickname, 'Sept');
    await user.tab();
    const save = screen.getByRole('button', { name: 'Save' });
    await waitFor(() => expect(save).toBeEnabled());
    await user.click(save);
    expect(await screen.findByText(/Saved\. Your Acme profile is up to date/)).toBeVisible();
    const saved: unknown = await (await fetch(`${ACME}/members/7`)).json();
    expect(saved).toEqual({ nickname: 'Sept', city: 'Lyon' });
  });

  it('a route without its id asks for it by the hint the entry gives', async () => {
    openApp('/acme');
    expect(await screen.findByRole('textbox', { name: 'Member id' })).toBeVisible();
  });
});
