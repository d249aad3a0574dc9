// A horizontal layout: its elements side by side, wrapping onto new lines on narrow screens.
import { memo } from 'react';
import type { LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { useFieldThemeClass } from '../field/field-theme';
import { childrenOf, LayoutElements } from './LayoutElements';

function HorizontalLayoutView(props: LayoutProps) {
  const themeClass = useFieldThemeClass();
  if (!props.visible) return null;
  return (
    <div className={`pe-row ${themeClass}`}>
      <LayoutElements {...childrenOf(props)} />
    </div>
  );
}

export const HorizontalLayout = withJsonFormsLayoutProps(memo(HorizontalLayoutView));
