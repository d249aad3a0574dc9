// The app's shell around any provider (a stub, shaped like a real provider folder, added to the registry): page
// titles per route and state, the way back, whose profile it is, and the colour-scheme switch.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { AppConfig } from '../config/app-config';
import type * as Registry from '../providers';
import { scenarioHandler } from '../sandbox/scenarios';
import { COLOR_SCHEME_ATTRIBUTE, COLOR_SCHEME_STORAGE_KEY } from './theme/color-scheme';

const ACME = 'https://api.acme.example/v1';

vi.mock('../providers', async (importOriginal) => {
  const registry = await importOriginal<typeof Registry>();
  const { defineProvider, registryOf } = await import('../providers/registry');
  const acme = defineProvider({
    id: 'acme',
    label: 'Acme',
    description: 'Acme member profile.',
    params: ['memberId'],
    paramHint: 'member id',
    load: async () => {
      const { acmeProvider } = await import('../testing/fake-provider/provider');
      const { isApiError } = await import('../api/api-error');
      // Says whose profile it is for member 7 only (as a provider whose data names the person would), and that a
      // 404 is a member that does not exist.
      return {
        ...acmeProvider,
        describeError: (error: unknown) =>
          isApiError(error) && error.kind === 'http' && error.status === 404
            ? { kind: 'not-found' as const, message: 'There is no such member.', fieldErrors: [] }
            : acmeProvider.describeError(error),
        load: async (ctx) => {
          const form = await acmeProvider.load(ctx);
          return ctx.params.memberId === '7'
            ? { ...form, owner: { name: 'Ada Lovelace', contact: 'ada@example.com' } }
            : form;
        },
      };
    },
    loadSandbox: async () => (await import('../testing/fake-provider/sandbox')).acmeSandbox,
  });
  return { ...registry, ...registryOf([...registry.providerRegistry, acme]) };
});

const { App } = await import('./App');
const { acmeSandbox } = await import('../testing/fake-provider/sandbox');
const server = setupServer(scenarioHandler('acme', ACME), ...acmeSandbox.handlers(ACME));
const config: AppConfig = {
  mode: 'live',
  providers: { acme: { baseUrl: ACME } },
  embed: { allowedOrigins: [] },
};

/** The system's colour scheme, as matchMedia reports it (jsdom has none). */
let systemDark = false;
const listeners = new Set<() => void>();
function setSystemDark(dark: boolean) {
  systemDark = dark;
  listeners.forEach((listener) => listener());
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      get matches() {
        return query.includes('prefers-color-scheme: dark') && systemDark;
      },
      media: query,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    })),
  );
});
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
  systemDark = false;
  listeners.clear();
  document.title = '';
});
afterAll(() => server.close());

function openApp(path: string) {
  window.history.pushState({}, '', path);
  return render(<App config={config} />);
}

const titleBecomes = (title: string) => waitFor(() => expect(document.title).toBe(title));

describe('the page frame of a provider', () => {
  it('titles the page by its profile, leads back to the providers, and says whose profile it is', async () => {
    openApp('/acme/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your Acme profile' })).toBeVisible();
    await titleBecomes('Acme profile — 7 · Profile editor');
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByRole('link', { name: 'All providers' })).toHaveAttribute('href', '/');
    expect(within(trail).getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/acme');
    expect(within(trail).getByText('7')).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('Ada Lovelace · ada@example.com')).toBeVisible();
    expect(screen.getByText('Ada Lovelace · ada@example.com')).toHaveTextContent(
      'Profile of Ada Lovelace · ada@example.com',
    );
  });

  it('shows no owner line when the provider does not say whose profile it is', async () => {
    server.use(http.get(`${ACME}/members/8`, () => HttpResponse.json({ nickname: 'Eight', city: 'Nantes' })));
    openApp('/acme/8');
    expect(await screen.findByRole('textbox', { name: 'Nickname' })).toHaveValue('Eight');
    expect(screen.queryByText(/Profile of/)).toBeNull();
  });

  it('puts what went wrong first in the title: a profile that does not exist, one that failed to load', async () => {
    const { unmount } = openApp('/acme/404');
    await titleBecomes('Not found · Acme profile — 404 · Profile editor');
    unmount();
    server.use(http.get(`${ACME}/members/9`, () => new HttpResponse(null, { status: 401 })));
    openApp('/acme/9');
    await titleBecomes('Error · Acme profile — 9 · Profile editor');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it('keeps its heading and says what is wrong when the provider is not configured', async () => {
    window.history.pushState({}, '', '/acme/7');
    render(<App config={{ ...config, providers: {} }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Acme is not configured');
    expect(screen.getByRole('heading', { level: 1, name: 'Your Acme profile' })).toBeVisible();
    await titleBecomes('Error · Acme profile — 7 · Profile editor');
  });

  it('titles the other pages too', async () => {
    const home = openApp('/');
    await titleBecomes('Edit your profile · Profile editor');
    home.unmount();
    const ask = openApp('/acme');
    await titleBecomes('Acme — choose a profile · Profile editor');
    expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link')).toHaveAttribute(
      'href',
      '/',
    );
    ask.unmount();
    openApp('/nowhere/at/all');
    await titleBecomes('Not found · Profile editor');
  });
});

describe('the page frame without MUI', () => {
  /** Elements under `root` (and root itself) that carry MUI's or emotion's classes (as tag and class, to read). */
  function allStyled(root: Element): string[] {
    return [root, ...root.querySelectorAll('*')]
      .map((element) => `${element.tagName} ${element.getAttribute('class') ?? ''}`)
      .filter((described) => /\b(Mui|css-)/.test(described));
  }

  it('draws the header, the main landmark, the breadcrumbs, the heading and the owner line as plain elements', async () => {
    openApp('/acme/7');
    const owner = await screen.findByText('Ada Lovelace · ada@example.com');
    const banner = screen.getByRole('banner');
    const main = screen.getByRole('main');
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Your Acme profile' });
    const ownerLine = owner.parentElement;
    expect(ownerLine).not.toBeNull();
    for (const part of [banner, trail, heading, ownerLine as Element]) expect(allStyled(part)).toEqual([]);
    expect(main.getAttribute('class')).not.toMatch(/\b(Mui|css-)/);
    // The theme's colours reach them as CSS variables (field-theme.ts), not as emotion rules.
    for (const part of [banner, main, trail, heading]) expect(part.className).toMatch(/\bpe-theme-\d+\b/);
    // The trail is a list: three steps (the separators are hidden from assistive technology).
    expect(within(trail).getAllByRole('listitem')).toHaveLength(3);
    expect(within(banner).getByRole('link', { name: 'Profile editor' })).toHaveAttribute('href', '/');
  });

  it('renders no MUI component at all on a provider page: the colour-scheme button and the (empty) messages column', async () => {
    openApp('/acme/7');
    const form = (await screen.findByRole('textbox', { name: 'Nickname' })).closest('form');
    expect(form).not.toBeNull();
    const scheme = screen.getByRole('button', { name: 'Colour scheme: System' });
    expect(scheme).toHaveAttribute('aria-haspopup', 'menu');
    expect(scheme.className).toMatch(/\bpe-theme-\d+\b/);
    // Everything on the page, the header's button and the column above the form included, is plain elements.
    expect(allStyled(document.body)).toEqual([]);
  });
});

describe('the colour scheme', () => {
  it('follows the system until the person chooses; the choice is kept and can go back to the system', async () => {
    const user = userEvent.setup();
    setSystemDark(true);
    openApp('/');
    const html = document.documentElement;
    await waitFor(() => expect(html).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'dark'));
    setSystemDark(false);
    await waitFor(() => expect(html).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'light'));

    await user.click(screen.getByRole('button', { name: 'Colour scheme: System' }));
    // The menu's code loads on the first opening.
    await user.click(await screen.findByRole('menuitemradio', { name: 'Dark' }));
    expect(html).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'dark');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');
    const button = screen.getByRole('button', { name: 'Colour scheme: Dark' });

    await user.click(button);
    expect(screen.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: /^System/ }));
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(html).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'light'));
  });

  it('starts with the choice kept in this browser', async () => {
    localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, 'dark');
    openApp('/');
    expect(await screen.findByRole('button', { name: 'Colour scheme: Dark' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'dark');
  });
});
