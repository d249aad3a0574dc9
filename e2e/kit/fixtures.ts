// The kit's Playwright fixtures: `editor` (standalone), `portal` (the editor in a partner portal's iframe) and
// `sandbox` (the editor's sandbox, wherever it runs), with deterministic runs: animations off, an optional fixed clock.
import { test as base } from '@playwright/test';
import { turnOffAnimations, fixClock } from './determinism';
import { Editor } from './editor';
import { names } from './names';
import { Portal } from './portal';
import { Sandbox } from './sandbox';

export interface KitOptions {
  /** The editor's address; the project's `baseURL` by default. */
  editorURL: string | undefined;
  /** The portal that embeds the editor; by default the demo portal on the editor's port + 10 (E2E_EMBED_PORT). */
  portalURL: string | undefined;
  /** The iframe holding the editor in the portal. */
  portalFrame: string;
  /** Freezes `Date` at this instant (ISO string) in every page and frame; false keeps the real clock. */
  clock: string | false;
  /** 'off' (the default) removes transitions and animations and asks for reduced motion. */
  animations: 'off' | 'on';
  /** How long a helper waits for a field, a section or an outcome (ms). */
  kitTimeout: number;
  /** How long opening the editor may take (ms): the first load starts the sandbox's service worker. */
  kitLoadTimeout: number;
}

export interface KitFixtures {
  editor: Editor;
  sandbox: Sandbox;
  portal: Portal;
  /** The current instant as the page sees it: the fixed clock, or now. */
  now: Date;
}

export const test = base.extend<KitOptions & KitFixtures & { kitSetup: undefined }>({
  editorURL: [undefined, { option: true }],
  portalURL: [undefined, { option: true }],
  portalFrame: [`iframe[title="${names.portalFrame}"]`, { option: true }],
  clock: [false, { option: true }],
  animations: ['off', { option: true }],
  kitTimeout: [10_000, { option: true }],
  kitLoadTimeout: [30_000, { option: true }],

  kitSetup: [
    async ({ page, animations, clock }, use) => {
      if (animations === 'off') await turnOffAnimations(page);
      if (clock) await fixClock(page, clock);
      await use(undefined);
    },
    { auto: true },
  ],

  now: async ({ clock }, use) => {
    await use(clock ? new Date(clock) : new Date());
  },

  sandbox: async ({ page, editorURL, baseURL }, use, testInfo) => {
    const origin = new URL(editorURL ?? baseURL ?? 'http://127.0.0.1:5173').origin;
    const setupId = `${testInfo.testId}-${testInfo.retry}-${Date.now().toString(36)}`;
    // The editor's frame: the page itself when standalone, the portal's iframe when embedded.
    await use(
      new Sandbox(page, () => page.frames().find((frame) => frame.url().startsWith(origin)), setupId),
    );
  },

  editor: async ({ page, kitTimeout, kitLoadTimeout }, use) => {
    await use(
      new Editor({ page, root: page, timeout: kitTimeout, loadTimeout: kitLoadTimeout, embedded: false }),
    );
  },

  portal: async (
    { page, sandbox, editorURL, portalURL, portalFrame, baseURL, kitTimeout, kitLoadTimeout },
    use,
  ) => {
    const editor = new URL(editorURL ?? baseURL ?? 'http://127.0.0.1:5173');
    const demoPort = Number(process.env.E2E_EMBED_PORT ?? Number(editor.port) + 10);
    const url = portalURL ?? `${editor.protocol}//${editor.hostname}:${demoPort}/`;
    await use(
      new Portal(
        page,
        {
          url,
          editorOrigin: editor.origin,
          frameSelector: portalFrame,
          timeout: kitTimeout,
          loadTimeout: kitLoadTimeout,
        },
        sandbox,
      ),
    );
  },
});
