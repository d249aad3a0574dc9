// A vertical layout that shows a long form's first screenful at once and renders the rest in chunks right after,
// so the first field can be used long before the two-hundredth exists. Each further chunk is a React transition:
// it is rendered in slices between which the browser paints and handles input, and a keystroke interrupts it
// (the chunk is rendered again once the key is handled), so typing never waits for the rest of the form. A chunk
// waits while the person is pressing keys or clicking (input-quiet.ts): its commit, style and layout, which cannot be
// interrupted, then never land in the frame of a keystroke or a click. Short layouts render whole.
import { memo, startTransition, useEffect, useState } from 'react';
import type { LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { childrenOf, LayoutElements } from '../layout/LayoutElements';
import { whenInputQuiet } from './input-quiet';

export const FIRST_CHUNK = 24;
// A chunk's commit (its DOM, then its style and layout) cannot be interrupted: small enough that a keystroke typed
// meanwhile waits a few milliseconds, not a long task (60 fields took ~50–60 ms at 4× CPU; 20 take a third).
export const NEXT_CHUNK = 20;
/** How long after a key or a click the next chunk waits (a typist's keys come closer together than this). */
export const QUIET_MS = 300;

/** JSON Forms `config.progressive: false` renders every element at once (the benchmark's comparison mode). */
export function useProgressiveCount(total: number, enabled = true): number {
  const [count, setCount] = useState(enabled ? Math.min(total, FIRST_CHUNK) : total);
  useEffect(() => {
    if (count >= total) return;
    return whenInputQuiet(() => {
      startTransition(() => setCount((c) => Math.min(total, c + NEXT_CHUNK)));
    }, QUIET_MS);
  }, [count, total]);
  return Math.min(count, total);
}

function ProgressiveVerticalLayoutView(props: LayoutProps) {
  const children = childrenOf(props);
  const { elements } = children;
  const config: unknown = props.config;
  const progressive = !(
    typeof config === 'object' &&
    config !== null &&
    'progressive' in config &&
    config.progressive === false
  );
  const count = useProgressiveCount(elements.length, progressive);
  if (!props.visible) return null;
  return (
    <div>
      <LayoutElements
        {...children}
        elements={count === elements.length ? elements : elements.slice(0, count)}
      />
    </div>
  );
}

export const ProgressiveVerticalLayout = withJsonFormsLayoutProps(memo(ProgressiveVerticalLayoutView));
