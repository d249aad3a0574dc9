// Vitest set-up: DOM matchers for component tests, an in-memory IndexedDB (drafts), and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Ceilings, not waits: every test awaits what it checks, and these only decide when a stuck test counts as failed.
// A machine shared with CPU-heavy work (a build beside the suite) makes honest interactions take seconds.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
