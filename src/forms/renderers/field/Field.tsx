// The light field's frame: a label on the outline, the control inside it, and one help line below that is
// either the error, the read-only reason or the description (the caller links it with aria-describedby). Six
// elements for a text field: a long form's size (its style, layout, hit tests, every query over it) goes with them.
import type { HTMLAttributes, ReactNode } from 'react';
import { useFieldThemeClass } from './field-theme';

export interface FieldProps {
  inputId: string;
  label: string;
  required?: boolean | undefined;
  error?: boolean | undefined;
  disabled?: boolean | undefined;
  /** The help line; without one the field keeps its room (field.css), so the form does not jump when an error appears. */
  help?: string | undefined;
  /** A native select: draws the drop-down arrow. */
  select?: boolean | undefined;
  endAdornment?: ReactNode;
  /** A popup (a combobox's list) is open below the box: it must not be clipped or covered. */
  open?: boolean | undefined;
  /** Extra attributes and handlers for the box around the control (a combobox's root). */
  boxProps?: HTMLAttributes<HTMLDivElement> | undefined;
  children: ReactNode;
}

/** The id of a field's help line, as MUI names it (`<input id>-helper-text`). */
export const helpIdOf = (inputId: string) => `${inputId}-helper-text`;

export function Field(props: FieldProps) {
  const { inputId, label, required, error, disabled, help, select, open, endAdornment, boxProps, children } =
    props;
  const themeClass = useFieldThemeClass();
  const className = `pe-field ${themeClass}${error ? ' pe-field--error' : ''}${disabled ? ' pe-field--disabled' : ''}${open ? ' pe-field--open' : ''}`;
  const shownLabel = label || undefined;
  return (
    <div className={className}>
      {shownLabel && (
        <label className="pe-label" htmlFor={inputId}>
          {shownLabel}
          {required && <span aria-hidden="true"> *</span>}
        </label>
      )}
      <div {...boxProps} className={select ? 'pe-box pe-box--select' : 'pe-box'}>
        {children}
        {endAdornment && <div className="pe-adornment">{endAdornment}</div>}
        <fieldset aria-hidden="true" className="pe-outline">
          <legend>{shownLabel && (required ? `${shownLabel} *` : shownLabel)}</legend>
        </fieldset>
      </div>
      {help && (
        <p className="pe-help" id={helpIdOf(inputId)}>
          {help}
        </p>
      )}
    </div>
  );
}
