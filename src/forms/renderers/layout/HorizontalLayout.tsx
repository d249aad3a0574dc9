// A horizontal layout: its elements side by side, wrapping onto new lines on narrow screens.
import { useFieldThemeClass } from '../field/field-theme';
import { childrenOf, LayoutElements, withLayoutProps, type LayoutViewProps } from './LayoutElements';

function HorizontalLayoutView(props: LayoutViewProps) {
  const themeClass = useFieldThemeClass();
  if (!props.visible) return null;
  return (
    <div className={`pe-row ${themeClass}`}>
      <LayoutElements {...childrenOf(props)} />
    </div>
  );
}

export const HorizontalLayout = withLayoutProps(HorizontalLayoutView);
