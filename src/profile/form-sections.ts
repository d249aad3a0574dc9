// The sections of a long form saved as a whole: its top-level Groups with a title (the generator's sections, or a
// hint's groups), each found on the page by `data-section` (the group renderer writes it: the section's id, else
// its title).
import type { GroupLayout, UISchemaElement } from '@jsonforms/core';

export interface FormSection {
  /** What the group renderer writes as `data-section`. */
  key: string;
  label: string;
  element: UISchemaElement;
}

/** A form gets a section navigation from this many sections on. */
export const SECTION_NAV_MIN = 3;

/** The titled Groups directly in the form's top-level layout, in order. */
export function formSections(uischema: UISchemaElement): FormSection[] {
  if (uischema.type !== 'VerticalLayout') return [];
  const elements = (uischema as { elements?: UISchemaElement[] }).elements ?? [];
  return elements.flatMap((element) => {
    const label = (element as GroupLayout).label;
    if (element.type !== 'Group' || typeof label !== 'string' || label === '') return [];
    const id: unknown = element.options?.sectionId;
    return [{ key: typeof id === 'string' ? id : label, label, element }];
  });
}
