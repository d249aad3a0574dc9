// Our Categorization renderer: one tab per Category, kept on the user's tab when a new uischema arrives
// (JSON Forms' own tabs jump back to the first), each tab with its own body (and, when asked, its own Save).
// Tabs never clip: they wrap onto more rows on a narrow screen (or frame) and stand in a list beside the panel on
// a wide one, so every tab is visible as a tab at 320 px as at 1280 px — no hidden overflow, no scroll chevrons.
import { memo, useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTheme } from '@mui/material/styles';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import type { Categorization, Category, UISchemaElement } from '@jsonforms/core';
import { editorText } from './editor-text';
import { useMediaMatch } from './use-media-match';

/** From this many tabs on, wide screens list them beside the panel. */
export const SIDE_TABS_MIN = 3;

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
  return editorText.tabName(label, marks);
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
  const theme = useTheme();
  const wide = useMediaMatch(theme.breakpoints.up('md').replace(/^@media\s*/, ''));
  if (!current) return null;
  const side = wide && shown.length >= SIDE_TABS_MIN;
  return (
    <Box
      data-tab-layout={side ? 'side' : 'wrap'}
      sx={side ? { display: 'grid', gridTemplateColumns: '13rem minmax(0, 1fr)', columnGap: 3 } : undefined}
    >
      <TabStrip
        id={id}
        shown={shown}
        currentIndex={current.index}
        side={side}
        unsaved={shown.map((view) => isUnsaved?.(view) === true)}
        onSelect={onSelect}
      />
      <Box
        // A new panel per category: controls at the same place in another category must not keep the ids
        // (and with them the labels' and help texts' links) of the previous one.
        key={current.index}
        role="tabpanel"
        id={`${id}-panel-${current.index}`}
        aria-labelledby={`${id}-tab-${current.index}`}
        sx={{ pt: side ? 0 : 2, minWidth: 0 }}
      >
        {renderCategory(current)}
      </Box>
    </Box>
  );
}

interface TabStripProps {
  id: string;
  shown: CategoryView[];
  currentIndex: number;
  side: boolean;
  /** Per shown category: whether it holds unsaved changes. */
  unsaved: boolean[];
  onSelect: (label: string) => void;
}

const sameViews = (a: CategoryView[], b: CategoryView[]) =>
  a.length === b.length &&
  a.every((view, i) => view.index === b[i]?.index && view.category === b[i]?.category);
const sameFlags = (a: boolean[], b: boolean[]) =>
  a.length === b.length && a.every((flag, i) => flag === b[i]);

// The tabs themselves re-render only when they change (another tab, another mark, the layout): a click on Save
// changes the status around them, and MUI's Tabs measure themselves (a forced layout) on every render.
const TabStrip = memo(
  function TabStrip({ id, shown, currentIndex, side, unsaved, onSelect }: TabStripProps) {
    const theme = useTheme();
    return (
      <Tabs
        value={currentIndex}
        onChange={(_event, index: number) => {
          const label = shown.find((v) => v.index === index)?.category.label;
          if (label !== undefined) onSelect(label);
        }}
        orientation={side ? 'vertical' : 'horizontal'}
        variant="standard"
        aria-label={editorText.tabsLabel}
        sx={{
          alignSelf: 'start',
          borderBottom: side ? 0 : 1,
          borderColor: 'divider',
          ...(side && { position: 'sticky', top: 16 }),
          '& .MuiTabs-flexContainer': { flexWrap: side ? 'nowrap' : 'wrap' },
          // The selected tab is marked on the tab itself (the sliding indicator assumes one row).
          '& .MuiTabs-indicator': { display: 'none' },
          '& .MuiTab-root': {
            minWidth: 0,
            minHeight: { xs: 40, sm: 48 },
            py: { xs: 1, sm: 1.5 },
            px: { xs: 1.5, sm: 2 },
            ...(side && { justifyContent: 'flex-start', textAlign: 'left', maxWidth: 'none' }),
          },
          '& .MuiTab-root.Mui-selected': {
            boxShadow: side
              ? `inset 3px 0 0 ${theme.palette.primary.main}`
              : `inset 0 -3px 0 ${theme.palette.primary.main}`,
          },
        }}
      >
        {shown.map((view, position) => {
          const { category, index } = view;
          const complete = category.options?.status === 'complete';
          const isUnsaved = unsaved[position] === true;
          return (
            <Tab
              key={`${index}-${category.label}`}
              value={index}
              id={`${id}-tab-${index}`}
              aria-controls={`${id}-panel-${index}`}
              // One readable name ("Address (complete, unsaved changes)"), not the label run into its marks.
              aria-label={tabName(category.label ?? '', { complete, unsaved: isUnsaved })}
              label={
                <span>
                  {category.label}
                  {isUnsaved && (
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
    );
  },
  (before, after) =>
    before.id === after.id &&
    before.currentIndex === after.currentIndex &&
    before.side === after.side &&
    before.onSelect === after.onSelect &&
    sameViews(before.shown, after.shown) &&
    sameFlags(before.unsaved, after.unsaved),
);
