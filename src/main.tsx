// Boot: take the credential out of the URL fragment before anything else runs (on every route), load and
// validate config.json, start the sandbox when asked (its code is never loaded in live mode), then render. /bench
// renders the benchmark form alone; /embed is the editor for a partner portal's iframe (its credential comes only
// from the host's `init` message: a fragment there is removed and never used).
// Keep this import first: evaluating it removes the credential from the address bar.
import { fragmentCredentials as fragment } from './api/fragment-credentials';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, subjectOfCredential } from './api/credentials';
import { loadConfig } from './config/load-config';

const root = document.getElementById('root') as HTMLElement;

async function boot() {
  if (window.location.pathname === '/bench') {
    (await import('./app/bench/bench-entry')).renderBench(root);
    return;
  }
  const embedded = window.location.pathname === '/embed';
  if (fragment.token && !embedded) {
    credentials.signIn(fragment.token, fragment.subject ?? subjectOfCredential(fragment.token));
  }
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    // Nothing will use the credential: it does not stay in memory either.
    credentials.clear();
    const { ConfigErrorPage } = await import('./app/ConfigErrorPage');
    createRoot(root).render(<ConfigErrorPage error={error} />);
    return;
  }
  if (config.mode === 'sandbox') {
    const [{ startSandbox }, { SANDBOX_TOKEN, SANDBOX_SUBJECT }] = await Promise.all([
      import('./sandbox/browser'),
      import('./app/sandbox-token'),
    ]);
    // `?timeout=` (sandbox only) shortens how long the editor waits for a save.
    const { saveSettings } = await import('./profile/save-settings');
    await startSandbox(config, (scenarios) => saveSettings.configure({ timeoutMs: scenarios.saveTimeoutMs }));
    if (!credentials.token && !embedded) credentials.signIn(SANDBOX_TOKEN, SANDBOX_SUBJECT);
  } else {
    void (await import('./app/forget-stale-worker')).forgetSandboxWorker();
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
