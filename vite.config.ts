// Vite (dev server, preview, build) and Vitest configuration.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeadersPlugin } from './scripts/vite-plugin-security-headers.ts';

export default defineConfig({
  plugins: [react(), securityHeadersPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
