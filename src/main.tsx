// Boot: take the credential out of the URL fragment before anything else runs (on every route), load and
// validate config.json, start the sandbox when asked (its code is never loaded in live mode), then render. /bench
// renders the benchmark form alone; /embed is the editor for a partner portal's iframe (its credential comes only
// from the host's `init` message: a fragment there is removed and never used). The route's code (the app and the
// provider's module) is fetched while config.json is, not after it.
// Keep this import first: evaluating it removes the credential from the address bar.
import { fragmentCredentials as fragment } from './api/fragment-credentials';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, subjectOfCredential } from './api/credentials';
import { SANDBOX_SUBJECT, SANDBOX_TOKEN } from './app/sandbox-token';
import { loadConfig } from './config/load-config';
import { appLocale, embedLocale, messagesReady, setLocale } from './i18n';
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
  const embedded = window.location.pathname === '/embed';
  // The locale first: `?lang=` (kept for the tab), else the browser's (the embed's `init.locale` comes later).
  setLocale(embedded ? embedLocale(window.location.search, undefined) : appLocale(window.location.search));
  if (fragment.token && !embedded) {
    credentials.signIn(fragment.token, fragment.subject ?? subjectOfCredential(fragment.token));
  }
  preloadRoute(window.location.pathname);
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    // Nothing will use the credential: it does not stay in memory either.
    credentials.clear();
    const { ConfigErrorPage } = await import('./app/ConfigErrorPage');
    await messagesReady();
    createRoot(root).render(<ConfigErrorPage error={error} />);
    return;
  }
  if (config.mode === 'sandbox') {
    const [{ startSandbox }, { saveSettings }] = await Promise.all([
      import('./sandbox/browser'),
      import('./profile/save-settings'),
    ]);
    await startSandbox(config, {
      providerId: window.location.pathname.split('/')[1],
      // `?timeout=` (sandbox only) shortens how long the editor waits for a save.
      onScenarios: (scenarios) => saveSettings.configure({ timeoutMs: scenarios.saveTimeoutMs }),
    });
    if (!credentials.token && !embedded) credentials.signIn(SANDBOX_TOKEN, SANDBOX_SUBJECT);
  } else {
    void (await import('./app/forget-stale-worker')).forgetSandboxWorker();
  }
  if (embedded) {
    const { EmbedApp } = await import('./app/EmbedApp');
    await messagesReady();
    createRoot(root).render(
      <StrictMode>
        <EmbedApp config={config} />
      </StrictMode>,
    );
    return;
  }
  const { App } = await import('./app/App');
  // The words of the language shown are there before the first paint (English is bundled).
  await messagesReady();
  createRoot(root).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}

void boot();
