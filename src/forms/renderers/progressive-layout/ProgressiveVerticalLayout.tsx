// A vertical layout that shows a long form's first screenful at once and renders the rest in small chunks
// right after, so the first field can be used long before the two-hundredth exists. Short layouts render whole.
import { memo, useEffect, useState } from 'react';
import type { LayoutProps, VerticalLayout } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { MaterialLayoutRenderer } from '@jsonforms/material-renderers';

export const FIRST_CHUNK = 24;
export const NEXT_CHUNK = 40;

/** JSON Forms `config.progressive: false` renders every element at once (the benchmark's comparison mode). */
export function useProgressiveCount(total: number, enabled = true): number {
  const [count, setCount] = useState(enabled ? Math.min(total, FIRST_CHUNK) : total);
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
  const config = props.config as unknown;
  const elements = (uischema as VerticalLayout).elements;
  const progressive = (config as { progressive?: boolean } | undefined)?.progressive !== false;
  const count = useProgressiveCount(elements.length, progressive);
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
