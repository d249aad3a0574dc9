// A searchable picker for a closed list of values (`enum` or `oneOf` of `{ const, title }`): MUI's headless
// useAutocomplete (the combobox behaviour of JSON Forms' own enum controls: type to filter, arrows, Enter, Escape)
// in the light field frame, with its list drawn only while open and its help and error text linked to the input.
import { useMemo } from 'react';
import useAutocomplete from '@mui/material/useAutocomplete';
import type { ControlProps, EnumOption, JsonSchema } from '@jsonforms/core';
import { Field } from '../field/Field';
import {
  ClearButton,
  ComboboxInput,
  lightPickerSettings,
  OptionList,
  useListShown,
} from '../field/combobox-parts';
import { useRegisteredInput } from '../input-registry';
import { withLightControlProps } from '../light-control-props';

export function enumOptionsOf(schema: JsonSchema): EnumOption[] {
  if (Array.isArray(schema.oneOf)) {
    return schema.oneOf
      .filter((entry) => entry.const !== undefined)
      .map((entry) => ({ value: entry.const as unknown, label: entry.title ?? String(entry.const) }));
  }
  return (schema.enum ?? []).map((value) => ({ value: value as unknown, label: String(value) }));
}

export function EnumControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, schema, uischema } = props;
  const options = useMemo(() => enumOptionsOf(schema), [schema]);
  const inputId = `${id}-input`;
  const selected = options.find((option) => option.value === props.data) ?? null;
  // The editor hears when the user leaves the field (its messages may show then).
  const leave = useRegisteredInput({ path });
  const combobox = useAutocomplete<EnumOption, false>({
    id: inputId,
    options,
    value: selected,
    disabled: !enabled,
    ...lightPickerSettings,
    onChange: (_event, next) => props.handleChange(path, next?.value),
  });
  const open = useListShown(combobox.popupOpen && combobox.groupedOptions.length > 0);
  if (!visible) return null;
  const readonlyReason =
    typeof uischema.options?.readonlyReason === 'string' ? uischema.options.readonlyReason : undefined;
  const help = errors || (!enabled && readonlyReason) || description || undefined;
  return (
    <Field
      inputId={inputId}
      label={label}
      required={required}
      error={errors !== ''}
      disabled={!enabled}
      help={help}
      select
      open={open}
      boxProps={combobox.getRootProps()}
      endAdornment={selected && enabled ? <ClearButton combobox={combobox} label={label} /> : undefined}
    >
      <ComboboxInput
        combobox={combobox}
        options={options}
        inputId={inputId}
        required={required}
        invalid={errors !== ''}
        hasHelp={help !== undefined}
        onLeave={leave}
      />
      {open && <OptionList combobox={combobox} />}
    </Field>
  );
}

export const EnumControl = withLightControlProps(EnumControlView);
