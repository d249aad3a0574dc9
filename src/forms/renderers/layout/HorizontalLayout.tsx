// A horizontal layout: its elements side by side, wrapping onto new lines on narrow screens.
import { memo } from 'react';
import type { HorizontalLayout as HorizontalLayoutSchema, LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { useFieldThemeClass } from '../field/field-theme';
import { LayoutElements } from './LayoutElements';

function HorizontalLayoutView(props: LayoutProps) {
  const { uischema, schema, path, enabled, visible, renderers, cells } = props;
  const themeClass = useFieldThemeClass();
  if (!visible) return null;
  return (
    <div className={`pe-row ${themeClass}`}>
      <LayoutElements
        elements={(uischema as HorizontalLayoutSchema).elements}
        schema={schema}
        path={path}
        enabled={enabled}
        renderers={renderers}
        cells={cells}
      />
    </div>
  );
}

export const HorizontalLayout = withJsonFormsLayoutProps(memo(HorizontalLayoutView));
