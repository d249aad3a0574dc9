import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { useListShown } from './combobox-parts';

function Probe({ open, seen }: { open: boolean; seen: boolean[] }) {
  seen.push(useListShown(open));
  return null;
}

describe('useListShown', () => {
  it('draws a list that opens in a render after the one that opened it, and hides it in the same render it closes', () => {
    const seen: boolean[] = [];
    const view = render(<Probe open={false} seen={seen} />);
    expect(seen).toEqual([false]);
    act(() => view.rerender(<Probe open seen={seen} />));
    // The render that opens it (inside the click) draws no list yet; the next one does.
    expect(seen).toEqual([false, false, true]);
    seen.length = 0;
    act(() => view.rerender(<Probe open={false} seen={seen} />));
    expect(seen[0]).toBe(false);
    expect(seen.every((shown) => !shown)).toBe(true);
  });
});
