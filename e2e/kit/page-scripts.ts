// Functions the kit runs inside the editor's document (passed to `locator.evaluate`, so each is self-contained):
// what is on the page by accessible name, and the outcome of a save. They read the page as assistive technology
// does: names from labels, aria-labelledby and aria-label; messages from aria-describedby; aria-hidden left out.

export interface FieldMessage {
  /** The field's accessible name. */
  field: string;
  /** Its description (the error, or the help text when there is no error). */
  message: string;
}

export interface PageInventory {
  fields: string[];
  buttons: string[];
  sections: string[];
}

export interface RawOutcome {
  kind: 'saved' | 'field-error' | 'failure' | 'queued' | 'conflict';
  message: string;
  requestId?: string;
  fields: FieldMessage[];
}

/** Everything a person can operate, by accessible name: fields, buttons and section tabs. */
export function inventory(html: Element): PageInventory {
  const doc = html.ownerDocument;
  const text = (element: Element): string => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((element): element is HTMLElement => element !== null)
      .map(text)
      .join(' ');
  /** The accessible name: aria-labelledby, aria-label, the label (or, for buttons and tabs, the content), title. */
  const nameOf = (element: Element, fromContent = false): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0 && labels[0]) return text(labels[0]);
    const content = fromContent ? text(element) : '';
    return content || (element.getAttribute('title') ?? '');
  };
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true }) && !element.closest('[aria-hidden="true"]');
  const names = (selector: string, fromContent = false) => [
    ...new Set(
      [...doc.querySelectorAll(selector)]
        .filter(shown)
        .map((element) => nameOf(element, fromContent))
        .filter((value) => value !== ''),
    ),
  ];
  return {
    fields: names(
      'input:not([type=hidden]), select, textarea, [role=combobox], [role=checkbox], [role=radio], [role=switch], [role=textbox], [role=group][aria-labelledby]',
    ),
    buttons: names('button, [role=button]', true),
    sections: names('[role=tab]', true),
  };
}

/** Marks the messages on the page now, so the outcome of the next save is told apart from the last one's. */
export function markMessagesSeen(html: Element): void {
  const doc = html.ownerDocument;
  for (const element of doc.querySelectorAll(
    '[role=status] > *, [data-save-status], [data-error-summary], [role=alert], [role=note]',
  )) {
    element.setAttribute('data-kit-seen', '');
  }
}

/**
 * The outcome of the save just asked for, or null while it is pending: a new line next to Save (saved, queued, a
 * failure; with the fields marked invalid, a field error), a conflict to resolve, or a new alert.
 */
export function readOutcome(html: Element): RawOutcome | null {
  const doc = html.ownerDocument;
  const text = (element: Element): string => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"], button, details').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const fresh = (element: Element) => !element.closest('[data-kit-seen]');
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true }) && !element.closest('[aria-hidden="true"]');
  const byIds = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((element): element is HTMLElement => element !== null)
      .map(text)
      .join(' ');
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels[0]) return text(labels[0]);
    return element.getAttribute('aria-label') ?? '';
  };
  const invalid = () =>
    [...doc.querySelectorAll('[aria-invalid="true"]')].filter(shown).map((element) => ({
      field: nameOf(element),
      message: byIds(element.getAttribute('aria-describedby')),
    }));
  const requestIdOf = (element: Element) =>
    /Request id: (\S+)/.exec(element.querySelector('details')?.textContent ?? '')?.[1];

  // The editor marks its status messages (`data-save-status`, README "Testing your integration"): the line next to
  // Save says the outcome of a save (a new line for each outcome); a save in progress is not an outcome yet;
  // notices about other things (a restored draft, another tab) are not either.
  const lines = [...doc.querySelectorAll('[data-save-status]')].filter(
    (element) => fresh(element) && shown(element),
  );
  const settled = lines.find((element) =>
    ['saved', 'queued'].includes(element.getAttribute('data-save-status') ?? ''),
  );
  if (settled) {
    const kind = settled.getAttribute('data-save-status') === 'queued' ? 'queued' : 'saved';
    return { kind, message: text(settled), fields: [] };
  }
  const conflict = [...doc.querySelectorAll('[data-save-status="conflict"]')].find(fresh);
  if (conflict) return { kind: 'conflict', message: text(conflict), fields: [] };

  // A failure: the line next to Save (refused by the form's checks: "invalid"), or an alert (a page-wide failure).
  const failed = lines.find((element) =>
    ['failed', 'invalid'].includes(element.getAttribute('data-save-status') ?? ''),
  );
  const alerts = [...doc.querySelectorAll('[role=alert], [role=note][aria-label="Read-only"]')].filter(
    (element) => shown(element) && !element.matches('[data-save-status]'),
  );
  const alert = failed ?? alerts.find(fresh);
  if (!alert) return null;
  const fields = invalid();
  const requestId = requestIdOf(alert.closest('[data-save-bar]') ?? alert);
  return {
    kind: fields.length > 0 ? 'field-error' : 'failure',
    message: text(alert),
    fields,
    ...(requestId && { requestId }),
  };
}

/** Whether the page has finished loading: a form with its Save, or a message saying why there is none. */
export function isEditorReady(html: Element): boolean {
  const doc = html.ownerDocument;
  const loading = [...doc.querySelectorAll('[role=status]')].some((element) =>
    /^\s*(Loading|Connecting)/.test(element.textContent ?? ''),
  );
  return !loading && doc.querySelector('form button[type=submit], [role=alert]') !== null;
}

/** The reason a test's queued sandbox setup failed, if it did. */
export const setupError = (html: Element): string | undefined =>
  (html as HTMLElement).dataset.sandboxSetupError;
