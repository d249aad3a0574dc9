import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
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
});
