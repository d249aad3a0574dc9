import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useRoomForBar } from './use-bar-focus';

function Bar() {
  const bar = useRef<HTMLDivElement>(null);
  useRoomForBar(bar);
  return (
    <div ref={bar} data-save-bar="">
      <button type="button">Save</button>
    </div>
  );
}

describe('the save bar’s room', () => {
  it('keeps room for the bar at the bottom of the screen while it is shown', () => {
    const { unmount } = render(<Bar />);
    expect(document.documentElement.style.scrollPaddingBottom).toMatch(/^\d+px$/);
    unmount();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
  });

  it('measures the bar when the browser reports its size, not while the page is being rendered', () => {
    let report: () => void = () => undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    try {
      const { unmount } = render(<Bar />);
      expect(measure).not.toHaveBeenCalled();
      report();
      expect(measure).toHaveBeenCalled();
      expect(document.documentElement.style.scrollPaddingBottom).toMatch(/^\d+px$/);
      unmount();
      expect(document.documentElement.style.scrollPaddingBottom).toBe('');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
