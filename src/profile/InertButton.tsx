// A button that can be unavailable without losing the focus: `aria-disabled` instead of `disabled`, so a Save
// pressed with the keyboard keeps the focus while it runs and after (a disabled button drops it to <body>).
import type { Ref } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

export type InertButtonProps = Omit<ButtonProps, 'disabled' | 'ref'> & {
  /** Shown and announced as unavailable, ignores clicks, keeps the focus. */
  inert?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function InertButton({
  inert = false,
  onClick,
  onMouseDown,
  className,
  ref,
  ...props
}: InertButtonProps) {
  return (
    <Button
      {...props}
      ref={ref}
      aria-disabled={inert || undefined}
      // MUI's own disabled look (and pointer-events: none) without the disabled attribute.
      className={[className, inert && 'Mui-disabled'].filter(Boolean).join(' ') || undefined}
      disableRipple={inert || props.disableRipple}
      onMouseDown={(event) => {
        onMouseDown?.(event);
        // Chrome scrolls a button that takes the focus inside a sticky bar (the save bar of a long form) to where
        // the bar would sit unstuck: the press then ends beside the button and the click is lost (Save did nothing).
        // The button takes the focus without scrolling instead.
        if (event.button === 0 && !event.defaultPrevented) {
          event.preventDefault();
          event.currentTarget.focus({ preventScroll: true });
        }
      }}
      onClick={(event) => {
        if (inert) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
