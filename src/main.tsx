// Boot: take the credential out of the URL fragment before anything else runs (on every route), load and
// validate config.json, start the sandbox when asked (its code is never loaded in live mode), then render. /bench
// renders the benchmark form alone; /embed is the editor for a partner portal's iframe (its credential comes only
// from the host's `init` message: a fragment there is removed and never used). config.json and the route's code
// (the app and the provider's module) are fetched while the HTML is parsed (boot.js), and the editor's first read
// starts as soon as config.json and the provider's code are there, before the app's own code is evaluated.
// Keep this import first: evaluating it removes the credential from the address bar.
import { fragmentCredentials as fragment } from './api/fragment-credentials';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { credentials, subjectOfCredential } from './api/credentials';
import { SANDBOX_SUBJECT, SANDBOX_TOKEN } from './app/sandbox-token';
import { takeEarlyConfigRequest } from './config/early-config';
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

/**
 * Starts the code the route needs. The app's own (the largest: the form, the editor, MUI) is evaluated after the
 * profile's read has started (boot() imports it then), so evaluating it does not hold up config.json's answer and
 * that read; but if config.json is still on its way once the read's code is ready, it is evaluated meanwhile.
 */
function preloadRoute(pathname: string, configLoading: Promise<unknown>) {
  if (pathname === '/embed') {
    embedCode().catch(ignore);
    return;
  }
  let configSettled = false;
  configLoading.then(
    () => (configSettled = true),
    () => (configSettled = true),
  );
  // What starts the profile's read (small): the boot's own code and the provider's.
  Promise.all([startRouteCode(), findProvider(pathname.split('/')[1])?.load()]).then(() => {
    if (!configSettled) appCode().catch(ignore);
  }, ignore);
}

/** Runs `task` when the browser has nothing else to do (or within 2 s at the latest). */
const whenIdle = (task: () => void) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 1000);
};

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
  // config.json was asked for by boot.js while the page was parsed (else now); the route's code is on its way too.
  const configLoading = loadConfig('/config.json', takeEarlyConfigRequest() ?? fetch);
  preloadRoute(window.location.pathname, configLoading);
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
    // The read waits for the sandbox's worker: the app's code is evaluated meanwhile.
    if (!embedded) appCode().catch(ignore);
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
    // Once the page is idle: it matters from the next page load on (a worker cannot let go of a page it controls),
    // so its code and its request to the browser wait until the first page has been rendered.
    whenIdle(() => {
      import('./app/forget-stale-worker')
        .then(({ forgetSandboxWorker }) => forgetSandboxWorker())
        .catch(ignore);
    });
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
  // The editor's first read starts now, before the app's code is evaluated and rendered, not after its first render.
  const { startRoute, createAppQueryClient } = await startRouteCode();
  const queryClient = createAppQueryClient();
  // The first render waits for the provider's code too, so that it is the editor's.
  await startRoute(queryClient, config, window.location.pathname);
  const { App } = await appCode();
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
