// The parts of a light combobox (MUI's headless useAutocomplete in our field frame) that every picker draws the same
// way: the clear button, the input tied to its help text, and the list of options while it is open.
import { useCallback, useDeferredValue, useRef } from 'react';
import type { UseAutocompleteReturnValue } from '@mui/material/useAutocomplete';
import useForkRef from '@mui/utils/useForkRef';
import { useFormsText } from '../../use-forms-text';
import { helpIdOf } from './Field';
import { useQuietPickerTyping } from './quiet-picker-typing';

interface Labelled {
  label: string;
}

/** An option of a light picker: what it stores and what it shows. */
interface PickerOption extends Labelled {
  value: unknown;
}

type Combobox<T> = UseAutocompleteReturnValue<T, false, false, false>;

const folded = new WeakMap<object, string>();
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const foldedLabel = (option: Labelled) => {
  let label = folded.get(option);
  if (label === undefined) folded.set(option, (label = fold(option.label)));
  return label;
};

/**
 * The options whose label holds the text, case and accents aside (MUI's own default filter). Every picker filters
 * with it, so the typing that changes nothing shown can be told apart with the very same (quiet-picker-typing.ts).
 */
export function optionsMatching<T extends Labelled>(options: readonly T[], text: string): T[] {
  const wanted = fold(text);
  if (wanted === '') return [...options];
  return options.filter((option) => foldedLabel(option).includes(wanted));
}

/**
 * The settings every light picker gives useAutocomplete: its filter, labels, options equal by value, the first match
 * highlighted.
 */
export const lightPickerSettings = {
  autoHighlight: true,
  clearOnEscape: true,
  getOptionLabel: (option: Labelled) => option.label,
  isOptionEqualToValue: (option: PickerOption, value: PickerOption) => option.value === value.value,
  filterOptions: <T extends Labelled>(options: T[], state: { inputValue: string }) =>
    optionsMatching(options, state.inputValue),
} as const;

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

/**
 * The input: the combobox's own props, the editor told when the user leaves it, help and error tied to it. Its text
 * is the person's (uncontrolled): the characters typed stay in it until the combobox needs them, and a text the
 * combobox sets (an option chosen, the input reset as it is left) is written into it (quiet-picker-typing.ts).
 */
export function ComboboxInput<T extends Labelled>(props: {
  combobox: Combobox<T>;
  options: readonly T[];
  inputId: string;
  required: boolean | undefined;
  invalid: boolean;
  hasHelp: boolean;
  busy?: boolean;
  onLeave: () => void;
}) {
  const { combobox, options } = props;
  const { value: text, ref: comboboxRef, ...inputProps } = combobox.getInputProps();
  const input = useRef<HTMLInputElement | null>(null);
  const heard = typeof text === 'string' ? text : '';
  useQuietPickerTyping(input, {
    heard,
    open: combobox.popupOpen,
    chosenLabel: combobox.value?.label,
    matching: useCallback((typed: string) => optionsMatching(options, typed), [options]),
  });
  const ref = useForkRef(input, comboboxRef);
  return (
    <input
      {...inputProps}
      ref={ref}
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
