// A partner portal embedding the editor in an iframe, from a test: open the portal, send protocol messages to the
// editor and await its events (`ready`, `dirty`, `saved`, `error`, `tokenExpired` …), typed with the protocol's own
// types. The editor inside is the same Editor object as standalone, and the sandbox is the editor frame's.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import {
  envelope,
  type EditorMessage,
  type EditorMessageType,
  type HostMessage,
} from '../../src/embed/protocol';
import { parseEditorMessage } from '../../src/embed/validate-message';
import { Editor } from './editor';
import { names } from './names';
import { portalPath, type ScenarioQuery } from './routes';
import type { Sandbox } from './sandbox';

export type { EditorMessage, EditorMessageType, HostMessage };

/** The event of one type, e.g. EditorEvent<'saved'> = { type: 'saved'; provider; fields }. */
export type EditorEvent<T extends EditorMessageType> = Extract<EditorMessage, { type: T }>;

export interface PortalSettings {
  /** The portal's address (the demo portal by default). */
  url: string;
  /** The editor's origin, as the portal embeds it. */
  editorOrigin: string;
  /** The iframe holding the editor. */
  frameSelector: string;
  timeout: number;
  loadTimeout: number;
}

export interface PortalOpenOptions {
  /** The provider the demo portal opens (its first by default). */
  provider?: string;
  /** The profile (the provider's route parameters); the sandbox's first example by default. */
  params?: Record<string, string>;
  /** Sandbox scenarios the demo portal passes on to the editor. */
  query?: ScenarioQuery;
}

const EVENTS = '__profileEditorKitEvents';

export class Portal {
  readonly editor: Editor;
  readonly sandbox: Sandbox;
  private recording = false;

  constructor(
    readonly page: Page,
    private readonly settings: PortalSettings,
    /** The sandbox of the editor in the frame (the test's `sandbox` fixture). */
    sandbox: Sandbox,
  ) {
    this.sandbox = sandbox;
    this.editor = new Editor({
      page,
      root: this.frameLocator,
      timeout: settings.timeout,
      loadTimeout: settings.loadTimeout,
      embedded: true,
    });
  }

  /** The editor's iframe element (its size, its title). */
  get frame(): Locator {
    return this.page.locator(this.settings.frameSelector);
  }

  private get frameLocator(): FrameLocator {
    return this.page.frameLocator(this.settings.frameSelector);
  }

  /**
   * Opens the portal and waits until the editor inside has loaded its profile (or shows why not). Every message the
   * editor sends to the portal from then on is recorded for `events` and `waitFor`.
   */
  async open(options: PortalOpenOptions = {}): Promise<Editor> {
    await this.record();
    await this.page.goto(
      new URL(portalPath(options.provider, options.params, options.query), this.settings.url).href,
    );
    await this.waitFor('ready', { timeout: this.settings.loadTimeout });
    await this.editor.ready();
    return this.editor;
  }

  /** Every message the editor has sent to the portal, oldest first, checked against the protocol. */
  async events(): Promise<EditorMessage[]> {
    const raw = await this.page.evaluate(
      (key) => (Reflect.get(window, key) as unknown[] | undefined) ?? [],
      EVENTS,
    );
    return raw.flatMap((data) => {
      const parsed = parseEditorMessage(data);
      return parsed.ok ? [parsed.message] : [];
    });
  }

  /** How many events have arrived: pass it as `since` to wait for one that comes after this point. */
  async eventCount(): Promise<number> {
    return (await this.events()).length;
  }

  /** Waits for an event of this type (the first since `since`, matching `where`) and returns it. */
  async waitFor<T extends EditorMessageType>(
    type: T,
    options: { since?: number; where?: (event: EditorEvent<T>) => boolean; timeout?: number } = {},
  ): Promise<EditorEvent<T>> {
    const { since = 0, where = () => true, timeout = this.settings.timeout } = options;
    const isWanted = (event: EditorMessage): event is EditorEvent<T> =>
      event.type === type && where(event as EditorEvent<T>);
    let found: EditorEvent<T> | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.events()).slice(since).find(isWanted);
          return found !== undefined;
        },
        { timeout, message: `the editor's "${type}" event` },
      )
      .toBe(true);
    if (!found) throw new Error(`No "${type}" event.`);
    return found;
  }

  /** Posts a protocol message to the editor, from the portal's page (the envelope is added). */
  async send(message: HostMessage): Promise<void> {
    await this.page.evaluate(
      ({ selector, origin, data }) =>
        document.querySelector<HTMLIFrameElement>(selector)?.contentWindow?.postMessage(data, origin),
      { selector: this.settings.frameSelector, origin: this.settings.editorOrigin, data: envelope(message) },
    );
  }

  /** Asks the editor to save (as its own Save button) and returns its answer: `saved`, or the `error`. */
  async save(): Promise<EditorEvent<'saved'> | EditorEvent<'error'>> {
    const since = await this.eventCount();
    await this.send({ type: 'save' });
    let answer: EditorEvent<'saved'> | EditorEvent<'error'> | undefined;
    await expect
      .poll(
        async () => {
          answer = (await this.events())
            .slice(since)
            .find((event): event is EditorEvent<'saved'> | EditorEvent<'error'> =>
              ['saved', 'error'].includes(event.type),
            );
          return answer !== undefined;
        },
        { timeout: this.settings.timeout, message: 'the editor\'s answer to "save" (saved or error)' },
      )
      .toBe(true);
    if (!answer) throw new Error('No answer to "save".');
    return answer;
  }

  /** Asks the editor to drop the user's changes. */
  async reset(): Promise<void> {
    await this.send({ type: 'reset' });
  }

  /** Sends a fresh credential (as after `tokenExpired`). */
  async sendToken(token = `kit-${Math.random().toString(36).slice(2)}`): Promise<string> {
    await this.send({ type: 'token', token });
    return token;
  }

  /** The demo portal's own log of events (a list named "Events from the editor"). */
  get eventLog(): Locator {
    return this.page.getByRole('list', { name: names.portalEvents });
  }

  private async record(): Promise<void> {
    if (this.recording) return;
    this.recording = true;
    const portalOrigin = new URL(this.settings.url).origin;
    await this.page.addInitScript(
      ({ key, editorOrigin, selector, origin }) => {
        if (window.location.origin !== origin || window.top !== window) return;
        const events: unknown[] = [];
        Object.defineProperty(window, key, { value: events });
        window.addEventListener('message', (event: MessageEvent) => {
          const frame = document.querySelector<HTMLIFrameElement>(selector);
          if (event.origin !== editorOrigin || !frame || event.source !== frame.contentWindow) return;
          events.push(event.data);
        });
      },
      {
        key: EVENTS,
        editorOrigin: this.settings.editorOrigin,
        selector: this.settings.frameSelector,
        origin: portalOrigin,
      },
    );
  }
}
