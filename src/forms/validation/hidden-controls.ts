// Which controls a uischema hides for the given data (by their own rule or a rule on an enclosing layout).
// Their values cannot be seen or corrected, so their validation errors must not block a save.
import { isVisible, type ControlElement, type UISchemaElement } from '@jsonforms/core';
import { formsAjv } from '../ajv';
import { pointerOfScope } from './uischema-walk';

type WithElements = UISchemaElement & { elements?: UISchemaElement[] };

/** JSON pointers of the controls hidden for `data` ('/okpo_code'). */
export function hiddenPointers(uischema: UISchemaElement, data: unknown, hidden = false): string[] {
  const hereHidden =
    hidden || (uischema.rule !== undefined && !isVisible(uischema, data, '', formsAjv, undefined));
  if (uischema.type === 'Control') {
    return hereHidden ? [pointerOfScope((uischema as ControlElement).scope)] : [];
  }
  const header = (uischema.options?.header as UISchemaElement[] | undefined) ?? [];
  const elements = (uischema as WithElements).elements ?? [];
  return [...header, ...elements].flatMap((child) => hiddenPointers(child, data, hereHidden));
}

/** Whether a pointer lies in (or is) one of the hidden controls. */
export const isWithin = (pointer: string, hidden: readonly string[]) =>
  hidden.some((h) => pointer === h || pointer.startsWith(`${h}/`));
