// Vite (dev server, preview, build) and Vitest configuration.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeadersPlugin } from './scripts/vite-plugin-security-headers.ts';
import { mswCookieStorePlugin } from './scripts/vite-plugin-msw-cookie-store.ts';
import { ajvStandInPlugin } from './scripts/vite-plugin-ajv-stand-in.ts';
import { lodashGetTagPlugin } from './scripts/vite-plugin-lodash-get-tag.ts';
import { reactSentinelsPlugin } from './scripts/vite-plugin-react-sentinels.ts';
import { mswBrowserTrimPlugin } from './scripts/vite-plugin-msw-browser-trim.ts';
import { routeCodePlugin, withoutRouteCodeDeps } from './scripts/vite-plugin-route-code.ts';
import { compileHintsPlugin, modulesOf } from './scripts/vite-plugin-compile-hints.ts';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';

// What public/boot.js preloads per address: the app, the embed, and each provider's module.
const routeModules = () => ({
  app: ['src/app/start-route.ts', 'src/app/App.tsx'],
  embed: 'src/app/EmbedApp.tsx',
  ...Object.fromEntries(
    readdirSync('src/providers', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`src/providers/${entry.name}/provider.ts`))
      .map((entry) => [`provider:${entry.name}`, `src/providers/${entry.name}/provider.ts`]),
  ),
});

/** A chunk group's test: the modules at these paths, or in these folders (…/), and then their static imports. */
const rootsOf =
  (...paths: string[]) =>
  (id: string) => {
    const file = id.replaceAll('\\', '/');
    return paths.some((root) => (root.endsWith('/') ? file.includes(`/${root}`) : file.endsWith(`/${root}`)));
  };

export default defineConfig({
  plugins: [
    react(),
    securityHeadersPlugin(),
    mswCookieStorePlugin(),
    mswBrowserTrimPlugin(),
    ajvStandInPlugin(),
    lodashGetTagPlugin(),
    reactSentinelsPlugin(),
    routeCodePlugin(routeModules),
    // The benchmark page (/bench) loads its own code, which boot.js need not preload.
    compileHintsPlugin(() => modulesOf(routeModules(), ['src/app/bench/bench-entry.tsx'])),
  ],
  resolve: {
    alias: [
      // MUI's styled engine calls `styled(tag, options)` only: the package's main entry also builds a styled
      // component for each of ~140 HTML and SVG tags when it is evaluated (`styled.div`, …), which compiles emotion's
      // valid-prop pattern (a regular expression of every React prop) while the page loads (~20 ms at 4× CPU).
      { find: /^@emotion\/styled$/, replacement: '@emotion/styled/base' },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The manifest lets scripts/bench-routes.mjs name the chunks a page loaded (sandbox code in live mode, …).
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    manifest: true,
    // What boot.js preloads (the route's code) needs no second preload list at run time.
    modulePreload: { resolveDependencies: withoutRouteCodeDeps(routeModules) },
    // The first load in a few files instead of ~45: the route-code lists above name several modules' code each, and
    // on HTTP/1.1 (six connections per host) every file of a page waits its turn for a round trip. Grouped by who
    // needs them, so no page loads another's code: the form (also the benchmark page's), the editor and its frame
    // (also the embed's), the app's pages. A group takes its roots and their static imports; lazy code (other
    // languages, the material fallback renderers, the sandbox, each provider) keeps its own files.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry imports statically (React, the locale, the provider registry, credentials) stays with
            // the entry: the boot runs (and asks for config.json) without waiting for the groups below.
            { name: 'boot', priority: 40, tags: ['$initial'] },
            // What the profile's first read needs (the query cache, the http client, the errors the providers'
            // adapters raise): the boot starts that read as soon as config.json is there, while the form's and the
            // editor's code is still being evaluated. Named after start-route.ts, as withoutRouteCodeDeps expects.
            {
              name: 'start-route',
              priority: 35,
              test: rootsOf(
                'src/app/start-route.ts',
                'src/api/http.ts',
                'src/api/parse-response.ts',
                'src/providers/common-failures.ts',
                'src/providers/owner.ts',
                'src/forms/generator/generate-form.ts',
                'src/api/api-error.ts',
                'src/forms/data/normalise.ts',
                'src/forms/forms-messages.ts',
                'node_modules/i18n-iso-countries/',
                'node_modules/@tanstack/react-query/build/modern/',
                'node_modules/@tanstack/query-core/build/modern/',
              ),
            },
            {
              name: 'form',
              priority: 30,
              test: rootsOf(
                'src/profile/FormView.tsx',
                'src/profile/use-form-state.ts',
                'src/profile/editor-state.ts',
              ),
            },
            {
              name: 'editor',
              priority: 20,
              test: rootsOf(
                'src/profile/ProfileEditor.tsx',
                'src/config/config-context.tsx',
                'src/forms/renderers/markdown/markdown-images.ts',
                'src/app/page-title.ts',
                'src/app/route-ids.ts',
                'src/app/use-profile-page-state.ts',
                'src/app/use-session-isolation.ts',
                'src/app/use-leave-guard.ts',
                'src/app/app-messages.ts',
                'src/app/SecureStyles.tsx',
                'src/app/ErrorBoundary.tsx',
                'src/app/theme/app-theme.ts',
                'src/app/theme/use-color-scheme.ts',
                'node_modules/@mui/material/esm/styles/',
                'node_modules/@mui/material/esm/CssBaseline/',
              ),
            },
            // Named after App.tsx: withoutRouteCodeDeps knows the route's chunks by their modules' names.
            { name: 'App', priority: 10, test: rootsOf('src/app/App.tsx') },
          ],
        },
      },
    },
  },
  test: {
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
    // Threads start faster than child processes; every test file still gets its own module graph. One per core:
    // Vitest's default is half the cores, one file at a time on a 2-core machine (183 s against 120 s here).
    pool: 'threads',
    maxWorkers: availableParallelism(),
    // Two projects, so that only what draws needs a DOM: setting up jsdom (and React DOM's testing tools) for each
    // file cost more than the tests themselves. A logic test that needs a browser API says so in its first line
    // (`// @vitest-environment jsdom`).
    projects: [
      {
        extends: true,
        test: { name: 'logic', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      { extends: true, test: { name: 'dom', include: ['src/**/*.test.tsx'], environment: 'jsdom' } },
    ],
  },
});
