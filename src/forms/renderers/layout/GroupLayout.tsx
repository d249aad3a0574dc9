// A group: an outlined section under its title (a heading, as JSON Forms' material group shows it; no extra
// role, so the accessible names inside stay what they were). Its heading is one level below the page's (h2 under
// the page's h1, h3 in a group inside a group). `data-section` (its section id, else its title) and a heading that
// can take the focus let the editor's section navigation bring a section into view.
import { useFieldThemeClass } from '../field/field-theme';
import { HeadingLevelProvider, nextHeadingLevel, useHeadingLevel } from './heading-level';
import { childrenOf, LayoutElements, withLayoutProps, type LayoutViewProps } from './LayoutElements';

function GroupLayoutView(props: LayoutViewProps) {
  const { uischema, visible, label } = props;
  const themeClass = useFieldThemeClass();
  const level = useHeadingLevel();
  if (!visible) return null;
  const title = typeof label === 'string' && label !== '' ? label : undefined;
  const Heading = `h${level}` as const;
  const sectionId: unknown = uischema.options?.sectionId;
  const section = typeof sectionId === 'string' ? sectionId : title;
  return (
    <div className={`pe-group ${themeClass}`} data-section={section}>
      {title && (
        <Heading className="pe-group-title" tabIndex={-1}>
          {title}
        </Heading>
      )}
      <HeadingLevelProvider value={title ? nextHeadingLevel(level) : level}>
        <LayoutElements {...childrenOf(props)} />
      </HeadingLevelProvider>
    </div>
  );
}

export const GroupLayout = withLayoutProps(GroupLayoutView);
