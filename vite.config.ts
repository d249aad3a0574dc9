// Vite (dev server, preview, build) and Vitest configuration.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeadersPlugin } from './scripts/vite-plugin-security-headers.ts';
import { mswCookieStorePlugin } from './scripts/vite-plugin-msw-cookie-store.ts';
import { ajvStandInPlugin } from './scripts/vite-plugin-ajv-stand-in.ts';
import { mswBrowserTrimPlugin } from './scripts/vite-plugin-msw-browser-trim.ts';
import { routeCodePlugin, withoutRouteCodeDeps } from './scripts/vite-plugin-route-code.ts';
import { existsSync, readdirSync } from 'node:fs';

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

export default defineConfig({
  plugins: [
    react(),
    securityHeadersPlugin(),
    mswCookieStorePlugin(),
    mswBrowserTrimPlugin(),
    ajvStandInPlugin(),
    routeCodePlugin(routeModules),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The manifest lets scripts/bench-routes.mjs name the chunks a page loaded (sandbox code in live mode, …).
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    manifest: true,
    // What boot.js preloads (the route's code) needs no second preload list at run time.
    modulePreload: { resolveDependencies: withoutRouteCodeDeps(routeModules) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
