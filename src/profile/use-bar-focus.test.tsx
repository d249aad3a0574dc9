import { fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useFocusWithoutScroll, useRoomForBar } from './use-bar-focus';

function Bar() {
  const bar = useRef<HTMLDivElement>(null);
  useFocusWithoutScroll(bar);
  useRoomForBar(bar);
  return (
    <div ref={bar} data-save-bar="">
      <button type="button">Save</button>
    </div>
  );
}

describe('the save bar’s focus', () => {
  it('a press on a bar button focuses it without scrolling, and the click still follows', () => {
    const clicked = vi.fn();
    render(
      <>
        <input aria-label="Phone number" />
        <Bar />
      </>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    save.addEventListener('click', clicked);
    screen.getByLabelText('Phone number').focus();
    const focus = vi.spyOn(save, 'focus');

    const pressed = fireEvent.mouseDown(save);
    fireEvent.mouseUp(save);
    fireEvent.click(save);

    expect(pressed).toBe(false); // the default (focus with scrolling) was prevented
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(save).toHaveFocus();
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('a right-button press is left alone', () => {
    render(<Bar />);
    expect(fireEvent.mouseDown(screen.getByRole('button', { name: 'Save' }), { button: 2 })).toBe(true);
  });

  it('keeps room for the bar at the bottom of the screen while it is shown', () => {
    const { unmount } = render(<Bar />);
    expect(document.documentElement.style.scrollPaddingBottom).toMatch(/^\d+px$/);
    unmount();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
  });
});
