// A native button drawn like MUI's Button (contained, outlined, text; colour-inherit for the header) by a
// stylesheet with the theme's variables, for the save bar and the page frame: a status change (Save → "Saving…",
// Discard → Cancel) re-renders and mounts buttons without computing or inserting styles in the click's frame. It
// can be unavailable without losing the focus: `aria-disabled` instead of `disabled`, so a Save pressed with the
// keyboard keeps the focus while it runs and after (a disabled button drops it to <body>).
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { useFieldThemeClass } from '../forms/renderers/field/field-theme';
import './inert-button.css';

export type InertButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  variant?: 'contained' | 'outlined' | 'text';
  /** Shown and announced as unavailable, ignores clicks, keeps the focus. */
  inert?: boolean;
  /** An icon before the label (a running action's spinner). */
  startIcon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
};

export function InertButton({
  variant = 'text',
  inert = false,
  startIcon,
  onClick,
  onMouseDown,
  className,
  type = 'button',
  children,
  ref,
  ...props
}: InertButtonProps) {
  const themeClass = useFieldThemeClass();
  return (
    <button
      {...props}
      ref={ref}
      type={type}
      aria-disabled={inert || undefined}
      className={['pe-button', `pe-button--${variant}`, themeClass, className].filter(Boolean).join(' ')}
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
    >
      {startIcon && <span className="pe-button__start">{startIcon}</span>}
      {children}
    </button>
  );
}
