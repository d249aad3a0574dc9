// A searchable picker for a closed list of values (`enum` or `oneOf` of `{ const, title }`): MUI's Autocomplete,
// as JSON Forms' own enum controls use, with its help and error text linked to the input (aria-describedby).
import { useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { ControlProps, EnumOption, JsonSchema } from '@jsonforms/core';
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
  if (!visible) return null;
  const selected = options.find((option) => option.value === props.data) ?? null;
  const readonlyReason =
    typeof uischema.options?.readonlyReason === 'string' ? uischema.options.readonlyReason : undefined;
  const help = errors || (!enabled && readonlyReason) || description || ' ';
  return (
    <Autocomplete<EnumOption, false>
      id={`${id}-input`}
      options={options}
      value={selected}
      disabled={!enabled}
      autoHighlight
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, value) => option.value === value.value}
      onChange={(_event, next) => props.handleChange(path, next?.value)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={errors !== ''}
          helperText={help}
          margin="dense"
        />
      )}
    />
  );
}

export const EnumControl = withLightControlProps(EnumControlView);
