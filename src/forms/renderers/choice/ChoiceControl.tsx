// A native select (light, accessible, keyboard-friendly) over the choices in the control's options.
import { memo } from 'react';
import TextField from '@mui/material/TextField';
import { rankWith, type ControlProps, type Tester } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { useRegisteredInput } from '../input-registry';
import { choicesFor } from './choices';

const hasChoices: Tester = (uischema) =>
  uischema.type === 'Control' && Array.isArray(uischema.options?.choices);
export const choiceControlTester = rankWith(10, hasChoices);

export function ChoiceControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, uischema } = props;
  const formData: unknown = useJsonForms().core?.data;
  const leave = useRegisteredInput({ path });
  if (!visible) return null;
  const choices = choicesFor(uischema, formData) ?? [];
  const value = typeof props.data === 'string' ? props.data : '';
  return (
    <TextField
      id={`${id}-input`}
      select
      label={label}
      // A field required only under a condition (and shown only then) says so with `options.showAsRequired`.
      required={required || uischema.options?.showAsRequired === true}
      disabled={!enabled}
      error={errors !== ''}
      helperText={errors || description || ' '}
      fullWidth
      margin="dense"
      value={value}
      onChange={(event) =>
        props.handleChange(path, event.target.value === '' ? undefined : event.target.value)
      }
      onBlur={leave}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">Choose…</option>
      {choices.map((choice) => (
        <option key={`${choice.group ?? ''}-${choice.value}`} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </TextField>
  );
}

export const ChoiceControl = withJsonFormsControlProps(memo(ChoiceControlView));
