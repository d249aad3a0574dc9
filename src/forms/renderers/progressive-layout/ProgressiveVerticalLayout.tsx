// A vertical layout that shows a long form's first screenful at once and renders the rest in small chunks
// right after, so the first field can be used long before the two-hundredth exists. Short layouts render whole.
import { memo, useEffect, useState } from 'react';
import type { LayoutProps, VerticalLayout } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { MaterialLayoutRenderer } from '@jsonforms/material-renderers';

export const FIRST_CHUNK = 24;
export const NEXT_CHUNK = 40;

export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(Math.min(total, FIRST_CHUNK));
  useEffect(() => {
    if (count >= total) return;
    // One chunk per task: the browser paints and handles input between chunks.
    const timer = setTimeout(() => setCount((c) => Math.min(total, c + NEXT_CHUNK)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}

function ProgressiveVerticalLayoutView(props: LayoutProps) {
  const { uischema, schema, path, enabled, visible, renderers, cells } = props;
  const elements = (uischema as VerticalLayout).elements;
  const count = useProgressiveCount(elements.length);
  return (
    <MaterialLayoutRenderer
      elements={count === elements.length ? elements : elements.slice(0, count)}
      schema={schema}
      path={path}
      enabled={enabled}
      visible={visible}
      renderers={renderers}
      cells={cells}
      direction="column"
    />
  );
}

export const ProgressiveVerticalLayout = withJsonFormsLayoutProps(memo(ProgressiveVerticalLayoutView));
