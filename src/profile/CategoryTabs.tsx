// Our Categorization renderer: one tab per Category, kept on the user's tab when a new uischema arrives
// (JSON Forms' own tabs jump back to the first), each tab with its own body (and, when asked, its own Save).
import { useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import type { Categorization, Category, UISchemaElement } from '@jsonforms/core';

export interface CategoryView {
  index: number;
  category: Category;
}

/** The top-level categories of a Categorization (nested Categorizations are flattened into their categories). */
export function categoriesOf(uischema: UISchemaElement): Category[] {
  if (uischema.type !== 'Categorization') return [];
  return ((uischema as Categorization).elements ?? []).flatMap((element) =>
    element.type === 'Category' ? [element] : categoriesOf(element),
  );
}

/** The visible categories and the selected one. The tab is remembered by label, so a new uischema (new
 * categories, reordered) keeps the user where they are. */
export function useCategorySelection(categories: Category[], isVisible: (category: Category) => boolean) {
  const [selectedLabel, setSelectedLabel] = useState<string | undefined>(undefined);
  const shown = categories
    .map((category, index) => ({ category, index }))
    .filter((v) => isVisible(v.category));
  const current = shown.find((v) => v.category.label === selectedLabel) ?? shown[0];
  return { shown, current, select: setSelectedLabel };
}

/** A tab's accessible name: its label, then its marks in brackets. */
export function tabName(label: string, marks: { complete: boolean; unsaved: boolean }): string {
  const said = [marks.complete && 'complete', marks.unsaved && 'unsaved changes'].filter(Boolean);
  return said.length > 0 ? `${label} (${said.join(', ')})` : label;
}

export function CategoryTabs(props: {
  shown: CategoryView[];
  current: CategoryView | undefined;
  onSelect: (label: string) => void;
  renderCategory: (view: CategoryView) => ReactNode;
  /** Whether a category holds unsaved changes (its tab shows a marker). */
  isUnsaved?: (view: CategoryView) => boolean;
}) {
  const { shown, current, onSelect, renderCategory, isUnsaved } = props;
  const id = useId();
  if (!current) return null;
  return (
    <Box>
      <Tabs
        value={current.index}
        onChange={(_event, index: number) => {
          const label = shown.find((v) => v.index === index)?.category.label;
          if (label !== undefined) onSelect(label);
        }}
        variant="scrollable"
        scrollButtons="auto"
        aria-label="Profile sections"
      >
        {shown.map((view) => {
          const { category, index } = view;
          const complete = category.options?.status === 'complete';
          const unsaved = isUnsaved?.(view) === true;
          return (
            <Tab
              key={`${index}-${category.label}`}
              value={index}
              id={`${id}-tab-${index}`}
              aria-controls={`${id}-panel-${index}`}
              // One readable name ("Address (complete, unsaved changes)"), not the label run into its marks.
              aria-label={tabName(category.label ?? '', { complete, unsaved })}
              label={
                <span>
                  {category.label}
                  {unsaved && (
                    <Box component="span" aria-hidden sx={{ color: 'warning.main', ml: 0.5 }}>
                      ●
                    </Box>
                  )}
                </span>
              }
              icon={complete ? <CheckCircleIcon fontSize="small" titleAccess="complete" /> : undefined}
              iconPosition="end"
            />
          );
        })}
      </Tabs>
      <Box
        // A new panel per category: controls at the same place in another category must not keep the ids
        // (and with them the labels' and help texts' links) of the previous one.
        key={current.index}
        role="tabpanel"
        id={`${id}-panel-${current.index}`}
        aria-labelledby={`${id}-tab-${current.index}`}
        sx={{ pt: 2 }}
      >
        {renderCategory(current)}
      </Box>
    </Box>
  );
}
