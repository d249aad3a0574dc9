// Boot: load and validate config.json, start the sandbox when asked (its code is never loaded in live mode),
// take the credential from the URL fragment, then render. /bench renders the benchmark form alone; /embed is the
// editor for a partner portal's iframe (its credential comes only from the host's `init` message).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, takeTokenFromFragment } from './api/credentials';
import { loadConfig } from './config/load-config';

const root = document.getElementById('root') as HTMLElement;

async function boot() {
  if (window.location.pathname === '/bench') {
    (await import('./app/bench/bench-entry')).renderBench(root);
    return;
  }
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    const { ConfigErrorPage } = await import('./app/ConfigErrorPage');
    createRoot(root).render(<ConfigErrorPage error={error} />);
    return;
  }
  const embedded = window.location.pathname === '/embed';
  if (!embedded) takeTokenFromFragment();
  if (config.mode === 'sandbox') {
    const [{ startSandbox }, { SANDBOX_TOKEN }] = await Promise.all([
      import('./sandbox/browser'),
      import('./app/sandbox-token'),
    ]);
    await startSandbox(config);
    if (!credentials.token && !embedded) credentials.set(SANDBOX_TOKEN);
  }
  if (embedded) {
    const { EmbedApp } = await import('./app/EmbedApp');
    createRoot(root).render(
      <StrictMode>
        <EmbedApp config={config} />
      </StrictMode>,
    );
    return;
  }
  const { App } = await import('./app/App');
  createRoot(root).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}

void boot();
