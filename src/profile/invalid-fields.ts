// The fields a form shows as invalid, read from the page as assistive technology reads it (name from its label,
// message from aria-describedby): whatever renders a control — ours, JSON Forms' material set, a list item — the
// error summary names it as the person sees it and its link reaches it.
import { FOCUSABLE } from '../forms/focusable';

export interface InvalidField {
  /** The invalid element's id, when it has one (the link's target). */
  id: string | undefined;
  /** Its accessible name, without a required mark. */
  label: string;
  /** Its error message (the description tied to it). */
  message: string;
}

const INVALID = '[aria-invalid="true"]';

/** Text as read aloud: aria-hidden parts (a required "*", icons) left out, spaces collapsed. */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function byIds(doc: Document, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((element): element is HTMLElement => element !== null)
    .map(spoken)
    .join(' ')
    .trim();
}

export function accessibleName(element: Element): string {
  const doc = element.ownerDocument;
  const labelledBy = byIds(doc, element.getAttribute('aria-labelledby'));
  if (labelledBy) return labelledBy;
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0 && labels[0]) return spoken(labels[0]);
  if (element instanceof HTMLFieldSetElement) {
    const legend = element.querySelector(':scope > legend');
    if (legend) return spoken(legend);
  }
  return element.getAttribute('title')?.trim() ?? '';
}

const shown = (element: Element) =>
  !element.closest('[aria-hidden="true"], [hidden]') &&
  (typeof element.checkVisibility !== 'function' || element.checkVisibility());

/** Every invalid field inside `root`, in page order. */
export function invalidFieldsIn(root: Element): InvalidField[] {
  const doc = root.ownerDocument;
  return [...root.querySelectorAll(INVALID)].filter(shown).map((element) => ({
    id: element.id || undefined,
    label: accessibleName(element),
    message: byIds(doc, element.getAttribute('aria-describedby')),
  }));
}

/** The element to focus for an invalid element: itself, or (a group) its chosen or first option. */
function focusTarget(element: HTMLElement): HTMLElement | null {
  if (element.matches(FOCUSABLE)) return element;
  return (
    element.querySelector<HTMLElement>('input:checked:not([disabled])') ??
    element.querySelector<HTMLElement>(FOCUSABLE)
  );
}

/** Moves the focus to the field (found by id, else by its name among the invalid ones); false when it is gone. */
export function focusInvalidField(root: Element, field: InvalidField): boolean {
  const byId = field.id ? root.ownerDocument.getElementById(field.id) : null;
  const element =
    byId && root.contains(byId)
      ? byId
      : [...root.querySelectorAll<HTMLElement>(INVALID)].find((e) => accessibleName(e) === field.label);
  const target = element ? focusTarget(element) : null;
  if (!target) return false;
  target.focus();
  return root.ownerDocument.activeElement === target;
}
