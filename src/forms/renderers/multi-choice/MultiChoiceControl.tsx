// A light multi-select for closed lists (checkboxes in a labelled group): the value is the array of chosen
// items in the list's order, empty means no answer; messages about the list or one entry are linked to it.
import { memo } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { subErrorsAt, type ControlProps } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { itemChoices } from './tester';

type Value = string | number;

export function MultiChoiceControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, schema, rootSchema, uischema } =
    props;
  const core = useJsonForms().core;
  if (!visible) return null;
  const choices = itemChoices(schema.items as Parameters<typeof itemChoices>[0], rootSchema) ?? [];
  const selected: Value[] = Array.isArray(props.data) ? (props.data as Value[]) : [];
  const itemErrors = core ? subErrorsAt(path, schema)(core).map((e) => e.message ?? '') : [];
  const message = [...new Set([errors, ...itemErrors].filter(Boolean))].join(' ');
  const readonlyReason =
    typeof uischema.options?.readonlyReason === 'string' ? uischema.options.readonlyReason : undefined;
  const help = message || (!enabled && readonlyReason) || description || '';
  const helpId = `${id}-help`;
  const toggle = (value: Value, checked: boolean) => {
    const next = choices
      .map((choice) => choice.value)
      .filter((v) => (v === value ? checked : selected.includes(v)));
    props.handleChange(path, next.length ? next : undefined);
  };
  return (
    <FormControl
      component="fieldset"
      id={id}
      error={message !== ''}
      disabled={!enabled}
      required={required}
      margin="dense"
      fullWidth
      aria-describedby={help ? helpId : undefined}
      aria-invalid={message !== '' ? true : undefined}
    >
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup row>
        {choices.map((choice) => (
          <FormControlLabel
            key={String(choice.value)}
            label={choice.label}
            control={
              <Checkbox
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                slotProps={{ input: { 'aria-describedby': help ? helpId : undefined } }}
              />
            }
          />
        ))}
      </FormGroup>
      {help && <FormHelperText id={helpId}>{help}</FormHelperText>}
    </FormControl>
  );
}

export const MultiChoiceControl = withJsonFormsControlProps(memo(MultiChoiceControlView));
