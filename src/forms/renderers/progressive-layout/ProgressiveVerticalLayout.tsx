// A vertical layout that shows a long form's first screenful at once and renders the rest in chunks right after,
// so the first field can be used long before the two-hundredth exists. Each further chunk is a React transition:
// it is rendered in slices between which the browser paints and handles input, and a keystroke interrupts it
// (the chunk is rendered again once the key is handled), so typing never waits for the rest of the form. A chunk
// waits while the person is pressing keys or clicking (input-quiet.ts): its commit, style and layout, which cannot be
// interrupted, then never land in the frame of a keystroke or a click. But Tab pressed on one of the last few
// controls shown brings the next chunk at once: someone pressing Tab quickly never runs off the end of what is
// rendered into what follows the form (a click there waits for the pause, as any other). Short layouts render whole.
import { memo, startTransition, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { UISchemaElement } from '@jsonforms/core';
import { childrenOf, LayoutElements, withLayoutProps, type LayoutViewProps } from '../layout/LayoutElements';
import { FOCUSABLE } from '../../focusable';
import { whenInputQuiet } from './input-quiet';

export const FIRST_CHUNK = 24;
// A chunk's commit (its DOM, then its style, layout and paint) cannot be interrupted: small enough to stay a short
// task on a slow phone, so a click or a keystroke meanwhile never waits long (at 4× CPU, 20 fields made tasks of
// 36–57 ms, 10 make 25–45 ms).
export const NEXT_CHUNK = 10;
/** How long after a key or a click the next chunk waits (a typist's keys come closer together than this). */
export const QUIET_MS = 300;

/** How close to the last control shown Tab may be pressed before the next chunk is rendered without waiting. */
export const CONTROLS_AHEAD = 4;

/**
 * How many elements are shown, and `more()`, which shows the next chunk now. JSON Forms `config.progressive: false`
 * renders every element at once (the benchmark's comparison mode).
 */
export function useProgressiveCount(total: number, enabled = true): { count: number; more: () => void } {
  const [count, setCount] = useState(enabled ? Math.min(total, FIRST_CHUNK) : total);
  const more = useMemo(
    () => () => startTransition(() => setCount((c) => Math.min(total, c + NEXT_CHUNK))),
    [total],
  );
  useEffect(() => {
    if (count >= total) return;
    return whenInputQuiet(more, QUIET_MS);
  }, [count, total, more]);
  return { count: Math.min(count, total), more };
}

/** Whether `target` is one of the last `ahead` controls Tab can stop on inside `container` (in document order). */
export function isNearTheEnd(container: Element, target: Element, ahead = CONTROLS_AHEAD): boolean {
  const controls = container.querySelectorAll(FOCUSABLE);
  for (let i = controls.length - 1; i >= Math.max(0, controls.length - ahead); i--) {
    const control = controls[i];
    if (control !== undefined && (control === target || control.contains(target))) return true;
  }
  return false;
}

/**
 * A long layout's elements in the slices it shows them in (the first screenful, then each further chunk). Each slice
 * is its own memoised component: a field that re-renders (a keystroke in a picker, a focus) makes React revisit the
 * slices and the fields of its own slice (ten, or the first screenful's 24), not all 200 fields of the form — React
 * clones and checks every child of each component on the way down to the one that changed.
 */
export function chunksOf(elements: readonly UISchemaElement[]): (readonly UISchemaElement[])[] {
  const chunks: (readonly UISchemaElement[])[] = [elements.slice(0, FIRST_CHUNK)];
  for (let start = FIRST_CHUNK; start < elements.length; start += NEXT_CHUNK) {
    chunks.push(elements.slice(start, start + NEXT_CHUNK));
  }
  return chunks;
}

const ElementChunk = memo(LayoutElements);

function ProgressiveVerticalLayoutView(props: LayoutViewProps) {
  const children = childrenOf(props);
  const { elements } = children;
  const chunks = useMemo(() => chunksOf(elements), [elements]);
  const config: unknown = props.config;
  const progressive = !(
    typeof config === 'object' &&
    config !== null &&
    'progressive' in config &&
    config.progressive === false
  );
  const { count, more } = useProgressiveCount(elements.length, progressive);
  if (!props.visible) return null;
  const onKeyDown =
    count < elements.length
      ? (event: KeyboardEvent<HTMLDivElement>) => {
          if (event.key !== 'Tab' || event.shiftKey || !(event.target instanceof Element)) return;
          if (isNearTheEnd(event.currentTarget, event.target)) more();
        }
      : undefined;
  // The chunks that are due: as many as cover the count (a count always ends on a chunk's end).
  const due: (readonly UISchemaElement[])[] = [];
  let shown = 0;
  for (const chunk of chunks) {
    if (shown >= count) break;
    due.push(chunk);
    shown += chunk.length;
  }
  return (
    <div onKeyDown={onKeyDown}>
      {due.map((chunk, index) => (
        <ElementChunk key={index} {...children} elements={chunk} />
      ))}
    </div>
  );
}

export const ProgressiveVerticalLayout = withLayoutProps(ProgressiveVerticalLayoutView);
