// A press on a bar's button takes the focus without scrolling: Chrome scrolls a button focused inside a sticky bar
// to where the bar would sit unstuck, the press then ends beside the button and the click is lost.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { InertButton } from './InertButton';

describe('InertButton', () => {
  it('takes the focus on a press without scrolling, and the click still arrives', () => {
    const onClick = vi.fn();
    render(<InertButton onClick={onClick}>Save</InertButton>);
    const button = screen.getByRole('button', { name: 'Save' });
    const focus = vi.spyOn(button, 'focus');
    // fireEvent returns false when the default (the browser's focus, with its scroll) was prevented.
    expect(fireEvent.mouseDown(button, { button: 0 })).toBe(false);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(button).toHaveFocus();
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('leaves other buttons of the mouse, and an inert button, alone', () => {
    const onClick = vi.fn();
    render(
      <InertButton inert onClick={onClick}>
        Save
      </InertButton>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(fireEvent.mouseDown(button, { button: 2 })).toBe(true);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});
