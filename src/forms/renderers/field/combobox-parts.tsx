// The parts of a light combobox (MUI's headless useAutocomplete in our field frame) that every picker draws the same
// way: the clear button, the input tied to its help text, and the list of options while it is open.
import { useDeferredValue } from 'react';
import type { UseAutocompleteReturnValue } from '@mui/material/useAutocomplete';
import { useFormsText } from '../../use-forms-text';
import { helpIdOf } from './Field';

interface Labelled {
  label: string;
}

type Combobox<T> = UseAutocompleteReturnValue<T, false, false, false>;

/** "×", named "Clear <label>": empties the choice. */
export function ClearButton<T>({ combobox, label }: { combobox: Combobox<T>; label: string }) {
  const t = useFormsText();
  return (
    <button
      {...combobox.getClearProps()}
      type="button"
      className="pe-clear"
      aria-label={t('controls.clear', { label })}
    >
      ×
    </button>
  );
}

/** The input: the combobox's own props, the editor told when the user leaves it, help and error tied to it. */
export function ComboboxInput<T>(props: {
  combobox: Combobox<T>;
  inputId: string;
  required: boolean | undefined;
  invalid: boolean;
  hasHelp: boolean;
  busy?: boolean;
  onLeave: () => void;
}) {
  const inputProps = props.combobox.getInputProps();
  return (
    <input
      {...inputProps}
      onBlur={(event) => {
        inputProps.onBlur?.(event);
        props.onLeave();
      }}
      className="pe-input"
      required={props.required}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.hasHelp ? helpIdOf(props.inputId) : undefined}
      aria-busy={props.busy || undefined}
    />
  );
}

/** The options while the list is open (each named by its label). */
export function OptionList<T extends Labelled>({ combobox }: { combobox: Combobox<T> }) {
  return (
    <ul {...combobox.getListboxProps()} className="pe-listbox">
      {combobox.groupedOptions.map((option, index) => {
        const { key, ...optionProps } = combobox.getOptionProps({ option, index });
        return (
          <li key={key} {...optionProps}>
            {option.label}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Whether the list is drawn: as soon as it closes, and in the task after the one that opens it. A list opens inside a
 * click or a key press, whose task already holds the pointer's hit tests, the focus change and the field's own
 * render; its options, their style and layout then came on top (a click on a long form's combobox was one task of
 * ~100 ms at 4× CPU). Drawn a task later, the focus ring shows first and the list a frame after.
 */
export function useListShown(open: boolean): boolean {
  const opened = useDeferredValue(open);
  return open && opened;
}
