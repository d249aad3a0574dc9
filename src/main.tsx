// Boot: load and validate config.json, start the sandbox when asked (its code is never loaded in live mode),
// take the credential from the URL fragment, then render. /bench renders the benchmark form alone; /embed is the
// editor for a partner portal's iframe (its credential comes only from the host's `init` message). The route's
// code (the app and the provider's module) is fetched while config.json is, not after it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, takeTokenFromFragment } from './api/credentials';
import { loadConfig } from './config/load-config';
import { SANDBOX_TOKEN } from './app/sandbox-token';
import { findProvider } from './providers';

const root = document.getElementById('root') as HTMLElement;

/** Starts fetching the code the route needs, so it arrives in parallel with config.json (no request chain). */
function preloadRoute(pathname: string) {
  const ignore = () => undefined; // the real import below reports a failure
  if (pathname === '/embed') {
    import('./app/EmbedApp').catch(ignore);
    return;
  }
  import('./app/App').catch(ignore);
  findProvider(pathname.split('/')[1])?.load().catch(ignore);
}

async function boot() {
  if (window.location.pathname === '/bench') {
    (await import('./app/bench/bench-entry')).renderBench(root);
    return;
  }
  preloadRoute(window.location.pathname);
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
    const { startSandbox } = await import('./sandbox/browser');
    await startSandbox(config, window.location.pathname.split('/')[1]);
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
