import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JsonForms } from '@jsonforms/react';
import type { UISchemaElement } from '@jsonforms/core';
import { cellSet, rendererSet } from '../index';
import {
  chunksOf,
  CONTROLS_AHEAD,
  FIRST_CHUNK,
  isNearTheEnd,
  NEXT_CHUNK,
  QUIET_MS,
  useProgressiveCount,
} from './ProgressiveVerticalLayout';

const n = FIRST_CHUNK + 70;
const keys = Array.from({ length: n }, (_, i) => `f${i}`);
const schema = { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, { type: 'string' }])) };
const uischema = {
  type: 'VerticalLayout',
  elements: keys.map((k) => ({ type: 'Control', scope: `#/properties/${k}`, label: k })),
} as UISchemaElement;

// React's fibers above a DOM node (white-box: how much of the tree a re-render touches).
interface FiberLike {
  return: FiberLike | null;
  child: FiberLike | null;
  sibling: FiberLike | null;
  type: unknown;
  memoizedState: unknown;
}
const isFiber = (value: unknown): value is FiberLike =>
  typeof value === 'object' && value !== null && 'return' in value && 'child' in value;
function ancestorsOf(node: Element | undefined): FiberLike[] {
  const key = node ? Object.keys(node).find((name) => name.startsWith('__reactFiber$')) : undefined;
  const start: unknown = node && key ? Reflect.get(node, key) : undefined;
  const chain: FiberLike[] = [];
  for (let fiber = isFiber(start) ? start.return : null; fiber; fiber = fiber.return) chain.push(fiber);
  return chain;
}
const named = (fiber: FiberLike, name: string) =>
  typeof fiber.type === 'function' && fiber.type.name === name;

/** The long form, as JSON Forms renders it with our renderers. */
function renderForm(onData?: (data: unknown) => void) {
  return render(
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={{}}
      renderers={rendererSet}
      cells={cellSet}
      validationMode="NoValidation"
      onChange={({ data }) => onData?.(data)}
    />,
  );
}

/** The long form, rendered until its last field is there. */
async function renderWholeForm(onData?: (data: unknown) => void) {
  renderForm(onData);
  // Generous under a loaded test run: the point is that every field arrives, not how fast.
  await waitFor(() => expect(screen.getAllByRole('textbox')).toHaveLength(n), { timeout: 5000 });
}

describe('ProgressiveVerticalLayout', () => {
  it('renders the first screenful first, then the rest in growing steps up to every element', async () => {
    const seen: number[] = [];
    renderHook(() => {
      const { count } = useProgressiveCount(n);
      seen.push(count);
      return count;
    });
    await waitFor(() => expect(seen.at(-1)).toBe(n));
    expect(seen[0]).toBe(FIRST_CHUNK);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Each step commits a small chunk (a keystroke never waits behind a long commit).
    const steps = seen.slice(1).map((count, i) => count - (seen[i] ?? 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(NEXT_CHUNK);
  });

  it('holds the rest of the form while the person is typing, and goes on once they pause', async () => {
    vi.useFakeTimers();
    try {
      vi.advanceTimersByTime(QUIET_MS);
      // The person is typing as the form appears: its first screenful shows, the rest waits.
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      const { result } = renderHook(() => useProgressiveCount(n).count);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      const before = result.current;
      expect(before).toBe(FIRST_CHUNK);
      // Keys 100 ms apart for a second: no chunk lands between them.
      for (let i = 0; i < 10; i++) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
        await act(async () => {
          await vi.advanceTimersByTimeAsync(100);
        });
      }
      expect(result.current).toBe(before);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(QUIET_MS * 10);
      });
      expect(result.current).toBe(n);
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders the next chunk at once when Tab is pressed on one of the last fields shown, not on a click there', async () => {
    vi.useFakeTimers();
    try {
      vi.advanceTimersByTime(QUIET_MS);
      // Someone pressing Tab quickly: keys keep coming, so no chunk waits out its pause.
      const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
      press();
      renderForm();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(screen.getAllByRole('textbox')).toHaveLength(FIRST_CHUNK);
      const tabFrom = async (field: HTMLElement | undefined, init: KeyboardEventInit = {}) => {
        press();
        await act(async () => {
          field?.focus();
          if (field) fireEvent.keyDown(field, { key: 'Tab', ...init });
          await vi.advanceTimersByTimeAsync(50);
        });
      };
      const fields = () => screen.getAllByRole('textbox');
      // Tab well before the end brings nothing.
      await tabFrom(fields()[FIRST_CHUNK - CONTROLS_AHEAD - 1]);
      expect(fields()).toHaveLength(FIRST_CHUNK);
      // A click on one of the last fields (a focus without Tab), or Shift+Tab there, brings nothing either.
      await act(async () => {
        fields()[FIRST_CHUNK - 1]?.focus();
        await vi.advanceTimersByTimeAsync(50);
      });
      await tabFrom(fields()[FIRST_CHUNK - 1], { shiftKey: true });
      expect(fields()).toHaveLength(FIRST_CHUNK);
      // Tab on one of the last fields shown brings the next chunk, while the keys go on.
      await tabFrom(fields()[FIRST_CHUNK - 2]);
      expect(fields()).toHaveLength(FIRST_CHUNK + NEXT_CHUNK);
      await tabFrom(fields().at(-1));
      expect(fields()).toHaveLength(FIRST_CHUNK + 2 * NEXT_CHUNK);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells whether a control is one of the last few of a container', () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<input id="a"><button id="b"></button><div tabindex="-1" id="c"></div><select id="d"></select>' +
      '<textarea id="e"></textarea><div tabindex="0" id="f"><span id="g"></span></div>';
    const byId = (id: string) => container.querySelector(`#${id}`) ?? container;
    expect(isNearTheEnd(container, byId('a'), 3)).toBe(false);
    expect(isNearTheEnd(container, byId('b'), 3)).toBe(false);
    expect(isNearTheEnd(container, byId('d'), 3)).toBe(true);
    expect(isNearTheEnd(container, byId('g'), 3)).toBe(true);
    // Not focusable by Tab: not a control.
    expect(isNearTheEnd(container, byId('c'), 5)).toBe(false);
  });

  it('renders everything at once when asked to (config.progressive: false)', () => {
    const seen: number[] = [];
    renderHook(() => {
      const { count } = useProgressiveCount(n, false);
      seen.push(count);
      return count;
    });
    expect(seen[0]).toBe(n);
  });

  it('shows every field, in order', async () => {
    await renderWholeForm();
    expect(screen.getAllByRole('textbox')[0]).toHaveAccessibleName('f0');
    expect(screen.getAllByRole('textbox').at(-1)).toHaveAccessibleName(`f${n - 1}`);
  });

  it('cuts a long layout into the slices it shows, in order, none longer than the first screenful', () => {
    const elements = (uischema as { elements: UISchemaElement[] }).elements;
    const chunks = chunksOf(elements);
    expect(chunks.flat()).toEqual(elements);
    expect(chunks[0]).toHaveLength(FIRST_CHUNK);
    expect(chunks.slice(1).every((chunk) => chunk.length > 0 && chunk.length <= NEXT_CHUNK)).toBe(true);
  });

  it('nests a long form so that no component has more than a chunk of children (a re-render revisits few)', async () => {
    await renderWholeForm();
    // React's own tree above the last field: how many children each component on the way has (React revisits
    // every one of them when anything below re-renders).
    let widest = 0;
    for (const fiber of ancestorsOf(screen.getAllByRole('textbox').at(-1))) {
      let children = 0;
      for (let child = fiber.child; child; child = child.sibling) children++;
      widest = Math.max(widest, children);
    }
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(Math.max(FIRST_CHUNK, NEXT_CHUNK, Math.ceil(n / NEXT_CHUNK)));
  });

  it("does not re-render the other fields' dispatch when one field commits", async () => {
    const changes: unknown[] = [];
    await renderWholeForm((data) => changes.push(data));
    const far = ancestorsOf(screen.getAllByRole('textbox').at(-1));
    const dispatch = far.find((fiber) => named(fiber, 'ElementDispatch'));
    expect(dispatch).toBeDefined();
    // A component that renders gets new hook state; one that React skips keeps it.
    const before = dispatch?.memoizedState;
    const first = screen.getAllByRole('textbox')[0];
    if (!first) throw new Error('no field');
    await userEvent.type(first, 'Ann');
    await userEvent.tab();
    await waitFor(() => expect(changes.at(-1)).toEqual({ f0: 'Ann' }));
    const after = ancestorsOf(screen.getAllByRole('textbox').at(-1)).find((fiber) =>
      named(fiber, 'ElementDispatch'),
    );
    expect(after?.memoizedState).toBe(before);
  });
});
