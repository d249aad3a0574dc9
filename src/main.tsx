// Boot: take the credential out of the URL fragment before anything else runs (on every route), load and
// validate config.json, start the sandbox when asked (its code is never loaded in live mode), then render. /bench
// renders the benchmark form alone; /embed is the editor for a partner portal's iframe (its credential comes only
// from the host's `init` message: a fragment there is removed and never used). The route's code (the app and the
// provider's module) is fetched while config.json is, not after it (boot.js starts it while the HTML is parsed), and
// the editor's first read starts as soon as config.json and the provider's code are there, before the first render.
// Keep this import first: evaluating it removes the credential from the address bar.
import { fragmentCredentials as fragment } from './api/fragment-credentials';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, subjectOfCredential } from './api/credentials';
import { SANDBOX_SUBJECT, SANDBOX_TOKEN } from './app/sandbox-token';
import { loadConfig } from './config/load-config';
import { appLocale, embedLocale, messagesReady, setLocale } from './i18n';
import { findProvider } from './providers';
import { showLoadFailure } from './app/boot/load-failure';

const root = document.getElementById('root') as HTMLElement;
/** For imports started ahead of need: the import that needs the module reports a failure. */
const ignore = () => undefined;

/** One import per module, whoever asks first: a second import() of a module resolves only after whatever the
 * browser is evaluating meanwhile (the app's code), the promise already held resolves at once. */
const once = <T,>(load: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
};
const appCode = once(() => import('./app/App'));
const embedCode = once(() => import('./app/EmbedApp'));
const startRouteCode = once(() => import('./app/start-route'));

/** Starts fetching the code the route needs, so it arrives in parallel with config.json (no request chain). */
function preloadRoute(pathname: string) {
  if (pathname === '/embed') {
    embedCode().catch(ignore);
    return;
  }
  // In this order: the browser evaluates each import's modules in turn, and what starts the profile's read (small)
  // is then ready before the app's code (large) has been evaluated.
  startRouteCode().catch(ignore);
  findProvider(pathname.split('/')[1])?.load().catch(ignore);
  appCode().catch(ignore);
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
  // config.json is asked for first: the route's code is on its way already (boot.js).
  const configLoading = loadConfig();
  preloadRoute(window.location.pathname);
  let config;
  try {
    config = await configLoading;
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
    // Not awaited: it matters from the next page load on, and the page's own requests need not wait for it.
    import('./app/forget-stale-worker').then(({ forgetSandboxWorker }) => forgetSandboxWorker(), ignore);
  }
  if (embedded) {
    const { EmbedApp } = await embedCode();
    await messagesReady();
    createRoot(root).render(
      <StrictMode>
        <EmbedApp config={config} />
      </StrictMode>,
    );
    return;
  }
  // The editor's first read starts now, while the app's code is evaluated and rendered, not after its first render.
  const { startRoute, createAppQueryClient } = await startRouteCode();
  const queryClient = createAppQueryClient();
  // The first render waits for the provider's code too, so that it is the editor's (it loads beside the app's).
  const [{ App }] = await Promise.all([appCode(), startRoute(queryClient, config, window.location.pathname)]);
  // The words of the language shown are there before the first paint (English is bundled).
  await messagesReady();
  const reactRoot = createRoot(root);
  // A transition: the first render yields between components, so the early read's answer is taken in meanwhile and
  // the editor renders with it in this render rather than in a second one.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App config={config} queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}

boot().catch((error: unknown) => {
  // The app's code could not be fetched: say so instead of "Loading…" for ever, and keep no credential for it.
  console.error('The profile editor could not start.', error);
  credentials.clear();
  showLoadFailure(root);
});
