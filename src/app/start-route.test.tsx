// The boot's early read (render as you fetch): started before the first render, under the key the editor reads, so
// the page shows the profile without reading it a second time; nothing is started where the page would not read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { credentials } from '../api/credentials';
import { ConfigContext } from '../config/config-context';
import { profileKeys } from '../profile/profile-keys';
import { createNodeSandbox, sandboxConfig } from '../sandbox/node';
import { ProviderPage } from './ProviderPage';
import { createAppQueryClient } from './query-client';
import { startRoute } from './start-route';

const { server, resetState } = await createNodeSandbox();
const reads: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.method === 'GET') reads.push(new URL(request.url).pathname);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetState();
  reads.length = 0;
  credentials.clear();
});
afterAll(() => server.close());

const LOADED = { timeout: 15_000 };
const profileQueries = (client: ReturnType<typeof createAppQueryClient>) =>
  client.getQueryCache().findAll({ queryKey: profileKeys.all });

describe('startRoute (the first read, started by the boot)', () => {
  it('reads the profile before the page renders, and the page shows it without reading it again', async () => {
    credentials.signIn('test-token', 'ana');
    const client = createAppQueryClient();
    await startRoute(client, sandboxConfig, '/camunda/demo');
    // Started, under this session's key for this provider, before anything rendered.
    const [query] = profileQueries(client);
    expect(query?.queryKey.slice(0, 3)).toEqual(['profile', credentials.sessionKey, 'camunda']);
    render(
      <ConfigContext.Provider value={sandboxConfig}>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/camunda/demo']}>
            <Routes>
              <Route path=":providerId/*" element={<ProviderPage />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </ConfigContext.Provider>,
    );
    expect(await screen.findByRole('textbox', { name: /First name/ }, LOADED)).toHaveValue('Demo');
    expect(profileQueries(client)).toHaveLength(1);
    expect(reads.filter((path) => path.endsWith('/user/demo/profile'))).toHaveLength(1);
  });

  it('starts nothing where the page would not read: no credential, a landing page, an address that is not an editor', async () => {
    const client = createAppQueryClient();
    await startRoute(client, sandboxConfig, '/camunda/demo');
    credentials.signIn('test-token', 'ana');
    for (const path of [
      '/uphold',
      '/uphold/taxDetails',
      '/camunda',
      '/camunda/a/b',
      '/nobody/1',
      '/',
      '/camunda/%E0%A4%A',
    ]) {
      await startRoute(client, sandboxConfig, path);
    }
    // The early read goes through the query client only: nothing in it, nothing read.
    expect(profileQueries(client)).toEqual([]);
  });
});
