import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { JsonForms } from '@jsonforms/react';
import type { UISchemaElement } from '@jsonforms/core';
import { cellSet, rendererSet } from '../index';
import { FIRST_CHUNK, NEXT_CHUNK, QUIET_MS, useProgressiveCount } from './ProgressiveVerticalLayout';

const n = FIRST_CHUNK + 70;
const keys = Array.from({ length: n }, (_, i) => `f${i}`);
const schema = { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, { type: 'string' }])) };
const uischema = {
  type: 'VerticalLayout',
  elements: keys.map((k) => ({ type: 'Control', scope: `#/properties/${k}`, label: k })),
} as UISchemaElement;

describe('ProgressiveVerticalLayout', () => {
  it('renders the first screenful first, then the rest in growing steps up to every element', async () => {
    const seen: number[] = [];
    renderHook(() => {
      const count = useProgressiveCount(n);
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
      const { result } = renderHook(() => useProgressiveCount(n));
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

  it('renders everything at once when asked to (config.progressive: false)', () => {
    const seen: number[] = [];
    renderHook(() => {
      const count = useProgressiveCount(n, false);
      seen.push(count);
      return count;
    });
    expect(seen[0]).toBe(n);
  });

  it('shows every field, in order', async () => {
    render(
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={{}}
        renderers={rendererSet}
        cells={cellSet}
        validationMode="NoValidation"
      />,
    );
    // Generous under a loaded test run: the point is that every field arrives, not how fast.
    await waitFor(() => expect(screen.getAllByRole('textbox')).toHaveLength(n), { timeout: 5000 });
    expect(screen.getAllByRole('textbox')[0]).toHaveAccessibleName('f0');
    expect(screen.getAllByRole('textbox').at(-1)).toHaveAccessibleName(`f${n - 1}`);
  });
});
