// How a form is laid out around its fields: messages first; then tabs (a form in categories, with a save bar per
// tab where each is saved on its own), or a long form's section navigation beside it, or just the fields; and the
// save bar where the form ends (it floats at the bottom of the screen while the form is longer than the screen).
// Plain elements with a stylesheet: the editor re-renders this frame on every status change (a click on Save).
import type { ReactNode, RefObject } from 'react';
import Typography from '@mui/material/Typography';
import type { UISchemaElement, VerticalLayout } from '@jsonforms/core';
import type { ProfileForm } from '../providers/types';
import { CategoryTabs, type CategoryView } from './CategoryTabs';
import { formSections, SECTION_NAV_MIN } from './form-sections';
import { SectionNav } from './SectionNav';
import './editor-layout.css';

// One layout object per list of elements: the form view is memoised on its uischema, so a status change (a click
// on Save) re-renders the tab's bar, not every field of the tab.
const layouts = new WeakMap<readonly UISchemaElement[], UISchemaElement>();
function verticalLayoutOf(elements: UISchemaElement[]): UISchemaElement {
  let layout = layouts.get(elements);
  if (layout === undefined) {
    const vertical: VerticalLayout = { type: 'VerticalLayout', elements };
    layout = vertical;
    layouts.set(elements, layout);
  }
  return layout;
}

export function EditorLayout(props: {
  form: ProfileForm;
  messages: ReactNode;
  /** The form element (the section navigation finds its sections in it). */
  root: RefObject<HTMLElement | null>;
  selection: {
    shown: CategoryView[];
    current: CategoryView | undefined;
    select: (label: string) => void;
  };
  /** Each category has its own Save. */
  perCategory: boolean;
  isUnsaved: (view: CategoryView) => boolean;
  /** Whether an element's rule shows it now. */
  isShown: (element: UISchemaElement) => boolean;
  renderBody: (uischema: UISchemaElement) => ReactNode;
  /** The save bar of a category, or (undefined) of the whole form. */
  renderBar: (view: CategoryView | undefined) => ReactNode;
}) {
  const { form, messages, root, selection, perCategory, isUnsaved, isShown, renderBody, renderBar } = props;
  if (form.uischema.type === 'Categorization') {
    const header = (form.uischema.options?.header as UISchemaElement[] | undefined) ?? [];
    return (
      <div className="pe-stack">
        {messages}
        {header.length > 0 && renderBody(verticalLayoutOf(header))}
        <CategoryTabs
          shown={selection.shown}
          current={selection.current}
          onSelect={selection.select}
          isUnsaved={isUnsaved}
          renderCategory={(view) => (
            <div className="pe-stack">
              {typeof view.category.options?.description === 'string' && (
                <Typography color="text.secondary">{view.category.options.description}</Typography>
              )}
              {renderBody(verticalLayoutOf(view.category.elements))}
              {perCategory && renderBar(view)}
            </div>
          )}
        />
        {!perCategory && renderBar(undefined)}
      </div>
    );
  }
  const sections = formSections(form.uischema);
  if (sections.length >= SECTION_NAV_MIN) {
    return (
      <div className="pe-stack">
        {messages}
        <div className="pe-with-section-nav">
          <SectionNav sections={sections.filter((section) => isShown(section.element))} root={root} />
          <div className="pe-with-section-nav__body">
            {renderBody(form.uischema)}
            {renderBar(undefined)}
          </div>
        </div>
      </div>
    );
  }
  return (
    <div className="pe-stack">
      {messages}
      <div>
        {renderBody(form.uischema)}
        {renderBar(undefined)}
      </div>
    </div>
  );
}
