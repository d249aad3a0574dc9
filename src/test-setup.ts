// Vitest set-up: an in-memory IndexedDB (drafts) everywhere; in the DOM project also DOM matchers for component tests
// and a clean DOM after each test (a logic test in Node loads neither, nor React DOM through Testing Library).
import 'fake-indexeddb/auto';
import { afterEach, vi } from 'vitest';

// Ceilings, not waits: every test awaits what it checks, and these only decide when a stuck test counts as failed.
// A machine shared with CPU-heavy work (a build beside the suite) makes honest interactions take seconds.
vi.setConfig({ testTimeout: 30_000 });

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
  afterEach(() => cleanup());
}
