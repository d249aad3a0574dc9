// The editor page object: open a profile, work its fields by their visible labels, switch sections, save and read
// the outcome. The same object drives the editor standalone (a Page) and inside a portal's iframe (a FrameLocator).
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { names, SAVE_BUTTON } from './names';
import {
  inventory,
  isEditorReady,
  markMessagesSeen,
  readOutcome,
  setupError,
  type FieldMessage,
  type PageInventory,
} from './page-scripts';
import { profilePath, type ScenarioQuery } from './routes';

export type { FieldMessage, PageInventory };

/** What became of a save (or a provider action such as Wise's "My details are still correct"). */
export type SaveOutcome =
  | { kind: 'saved'; message: string; fields: [] }
  /** Fields were refused (by the editor's checks or the provider): each with its message. */
  | { kind: 'field-error'; message: string; fields: FieldMessage[]; requestId?: string }
  /** The save failed as a whole (server error, dropped connection, ended session, read-only …). */
  | { kind: 'failure'; message: string; fields: []; requestId?: string }
  /** Offline: the save waits for the connection (and survives a closed tab). */
  | { kind: 'queued'; message: string; fields: [] }
  /** The provider's value changed meanwhile for a field the user changed too: they must choose (nothing sent). */
  | { kind: 'conflict'; message: string; fields: [] };

export interface EditorTarget {
  page: Page;
  /** The editor's document: the page itself, or the portal's iframe. */
  root: Page | FrameLocator;
  /** How long the kit waits for a field, a section or an outcome. */
  timeout: number;
  /** How long the kit waits for the editor to load (the first load starts the sandbox: allow for a busy machine). */
  loadTimeout: number;
  /** Whether this editor is standalone (it can `open` a profile) or embedded (the portal opens it). */
  embedded: boolean;
}

/** A helper was asked for something the page does not have; the message lists what it has. */
export class KitError extends Error {
  override name = 'KitError';
}

const quote = (values: string[]) => (values.length > 0 ? values.map((v) => `"${v}"`).join(', ') : '(none)');

export class Editor {
  constructor(private readonly target: EditorTarget) {}

  get page(): Page {
    return this.target.page;
  }

  /** The editor's document root, for assertions the kit has no helper for (getByRole, getByText …). */
  get root(): Page | FrameLocator {
    return this.target.root;
  }

  /**
   * Opens a profile and waits until its form (or a message saying why there is none) is shown. Without params, a
   * provider that needs them opens the sandbox's first example profile, as a person would from its list.
   */
  async open(provider: string, params?: Record<string, string>, options: { query?: ScenarioQuery } = {}) {
    if (this.target.embedded)
      throw new KitError('An embedded editor is opened by its portal: use portal.open().');
    await this.page.goto(profilePath(provider, params, options.query));
    await this.ready();
    if (!params && (await this.page.getByRole('button', { name: names.openProfile }).isVisible())) {
      const examples = this.page.getByRole('navigation', { name: names.sandboxProfiles });
      await examples.getByRole('link').first().click({ timeout: this.target.loadTimeout });
      await this.ready();
    }
    return this;
  }

  /** Waits until the editor has loaded (a form, or an alert saying why not); fails with a queued setup's error. */
  async ready(): Promise<void> {
    const html = this.root.locator('html');
    await expect
      .poll(
        async () => {
          const problem = await html.evaluate(setupError);
          if (problem) throw new KitError(`The sandbox setup failed: ${problem}`);
          return html.evaluate(isEditorReady);
        },
        { timeout: this.target.loadTimeout, message: 'the editor to finish loading' },
      )
      .toBe(true);
  }

  /** Every field, button and section on the page now, by accessible name. */
  inventory(): Promise<PageInventory> {
    return this.root.locator('html').evaluate(inventory);
  }

  /**
   * The field with this visible label (the whole label; a required field's "*" aside), for web-first assertions:
   * `expect(editor.field('E-mail')).toHaveValue(…)`.
   */
  field(label: string): Locator {
    return this.root.getByLabel(new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`));
  }

  /** The field, once it is on the page; otherwise a KitError listing the fields there are. */
  async findField(label: string): Promise<Locator> {
    return this.found(this.field(label).filter({ visible: true }), `field labelled "${label}"`, 'fields');
  }

  /** The button with this name (exact); otherwise a KitError listing the buttons there are. */
  async findButton(name: string | RegExp): Promise<Locator> {
    const button = this.root.getByRole('button', { name, exact: typeof name === 'string' });
    return this.found(button.filter({ visible: true }), `button "${String(name)}"`, 'buttons');
  }

  async fill(label: string, value: string): Promise<void> {
    await (await this.findField(label)).fill(value);
  }

  /** Picks an option by its visible text, in a native select or a listbox. */
  async select(label: string, option: string): Promise<void> {
    const field = await this.findField(label);
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
      await field.selectOption({ label: option });
      return;
    }
    await field.click();
    await this.root.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types into a searchable country field and picks the country by its name (`typed` defaults to the name). */
  async pickCountry(label: string, country: string, options: { typed?: string } = {}): Promise<void> {
    const field = await this.findField(label);
    await field.click();
    await field.fill(options.typed ?? country);
    await this.root.getByRole('option', { name: country, exact: true }).click();
    await expect(field).toHaveValue(country, { timeout: this.target.timeout });
  }

  /** Sets a date field to a calendar date given as YYYY-MM-DD. */
  async pickDate(label: string, isoDate: string): Promise<void> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
      throw new KitError(`pickDate wants YYYY-MM-DD, not "${isoDate}".`);
    await (await this.findField(label)).fill(isoDate);
  }

  async check(label: string, checked = true): Promise<void> {
    await (await this.findField(label)).setChecked(checked);
  }

  /** The value a person sees in the field now (a select's chosen option text). */
  async value(label: string): Promise<string> {
    return (await this.findField(label)).evaluate((element) =>
      element instanceof HTMLSelectElement
        ? (element.selectedOptions[0]?.textContent ?? '')
        : element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
          ? element.value
          : (element.textContent ?? ''),
    );
  }

  async checked(label: string): Promise<boolean> {
    return (await this.findField(label)).isChecked();
  }

  /** Switches to a section tab by its label (a tab may also carry a "complete" mark). */
  async section(name: string): Promise<void> {
    const tab = this.root.getByRole('tab', { name: sectionName(name) });
    await (await this.found(tab, `section "${name}"`, 'sections')).click();
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: this.target.timeout });
  }

  /** The Save button: the only one shown, or the one of `section` ("Save <section>"). */
  async saveButton(section?: string): Promise<Locator> {
    if (section) return this.findButton(names.saveSection(section));
    const buttons = this.root.getByRole('button', { name: SAVE_BUTTON }).filter({ visible: true });
    const button = await this.found(buttons, 'Save button', 'buttons', true);
    if ((await buttons.count()) > 1) {
      const all = await buttons.allTextContents();
      throw new KitError(`There are several Save buttons (${quote(all)}): say which section to save.`);
    }
    return button;
  }

  /** Clicks Save and waits for what happened: saved, field errors, or a failure, each with its message. */
  async save(options: { section?: string } = {}): Promise<SaveOutcome> {
    return this.outcomeOf(await this.saveButton(options.section));
  }

  /** Runs a provider action beside Save (e.g. "My details are still correct") and waits for its outcome. */
  async runAction(name: string): Promise<SaveOutcome> {
    return this.outcomeOf(await this.findButton(name));
  }

  /** Drops the unsaved changes (the editor's Discard changes). */
  async discard(): Promise<void> {
    await (await this.findButton(names.discard)).click();
  }

  /** After a session ended: the editor's Sign in again (the sandbox accepts a new session at once). */
  async signInAgain(): Promise<void> {
    const button = await this.findButton(names.signInAgain);
    await button.click();
    await expect(button).toBeHidden({ timeout: this.target.timeout });
  }

  /** The message above the form (the last failure), for assertions. */
  get alert(): Locator {
    return this.root.getByRole('alert').filter({ visible: true }).first();
  }

  /** The success message region. */
  get status(): Locator {
    return this.root.getByRole('status');
  }

  /** The note saying why the form may not change. */
  get readOnlyNote(): Locator {
    return this.root.getByRole('note', { name: names.readOnly });
  }

  private async outcomeOf(button: Locator): Promise<SaveOutcome> {
    const html = this.root.locator('html');
    await html.evaluate(markMessagesSeen);
    try {
      await button.click({ timeout: this.target.timeout });
    } catch (error) {
      if (await button.isDisabled()) {
        throw new KitError(
          `"${(await button.textContent()) ?? ''}" is disabled: nothing changed, a save is running, or the form is read-only.`,
        );
      }
      throw error;
    }
    // The outcome counts once two readings in a row agree: a provider's field errors reach their fields a render
    // after the failure line (JSON Forms takes them in an effect), and the first reading would miss them.
    let outcome: SaveOutcome | null = null;
    let previous = '';
    await expect
      .poll(
        async () => {
          outcome = (await html.evaluate(readOutcome)) as SaveOutcome | null;
          const reading = JSON.stringify(outcome);
          const settled = outcome !== null && reading === previous;
          previous = reading;
          return settled;
        },
        { timeout: this.target.timeout, message: 'the outcome of the save (a success message or an alert)' },
      )
      .toBe(true);
    if (!outcome) throw new KitError('The save ended without an outcome.');
    return outcome;
  }

  /** The first match once it is on the page, or a KitError listing what the page has of that kind. */
  private async found(
    locator: Locator,
    what: string,
    kind: keyof PageInventory,
    allowSeveral = false,
  ): Promise<Locator> {
    try {
      await locator.first().waitFor({ state: 'attached', timeout: this.target.timeout });
    } catch {
      const present = (await this.inventory())[kind];
      throw new KitError(`There is no ${what} on the page. The ${kind} there are: ${quote(present)}.`);
    }
    const count = await locator.count();
    if (count > 1 && !allowSeveral)
      throw new KitError(`There are ${count} of ${what}: the label must be unique.`);
    return locator.first();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tab's name is its label, possibly followed by the "complete" mark's name. */
/** A section tab by its label, whatever marks it carries ("Address (complete, unsaved changes)"). */
const sectionName = (label: string) => new RegExp(`^${escapeRegExp(label)}( \\(.+\\))?$`);
