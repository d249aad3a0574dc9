// A button that can be unavailable without losing the focus: `aria-disabled` instead of `disabled`, so a Save
// pressed with the keyboard keeps the focus while it runs and after (a disabled button drops it to <body>).
import type { Ref } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

export type InertButtonProps = Omit<ButtonProps, 'disabled' | 'ref'> & {
  /** Shown and announced as unavailable, ignores clicks, keeps the focus. */
  inert?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function InertButton({ inert = false, onClick, className, ref, ...props }: InertButtonProps) {
  return (
    <Button
      {...props}
      ref={ref}
      aria-disabled={inert || undefined}
      // MUI's own disabled look (and pointer-events: none) without the disabled attribute.
      className={[className, inert && 'Mui-disabled'].filter(Boolean).join(' ') || undefined}
      disableRipple={inert || props.disableRipple}
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
