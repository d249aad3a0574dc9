// A native select (light, accessible, keyboard-friendly) over the choices in the control's options, in the
// light field frame.
import { useFormsText } from '../../use-forms-text';
import { memo } from 'react';
import { rankWith, type ControlProps, type Tester } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { Field, helpIdOf } from '../field/Field';
import { useRegisteredInput } from '../input-registry';
import { choicesFor } from './choices';

const hasChoices: Tester = (uischema) =>
  uischema.type === 'Control' && Array.isArray(uischema.options?.choices);
export const choiceControlTester = rankWith(10, hasChoices);

export function ChoiceControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, uischema } = props;
  const formData: unknown = useJsonForms().core?.data;
  const leave = useRegisteredInput({ path });
  const t = useFormsText();
  if (!visible) return null;
  const choices = choicesFor(uischema, formData) ?? [];
  const value = typeof props.data === 'string' ? props.data : '';
  const inputId = `${id}-input`;
  const help = errors || description || undefined;
  // A field required only under a condition (and shown only then) says so with `options.showAsRequired`.
  const shownRequired = required || uischema.options?.showAsRequired === true;
  return (
    <Field
      inputId={inputId}
      label={label}
      required={shownRequired}
      error={errors !== ''}
      disabled={!enabled}
      help={help}
      select
    >
      <select
        id={inputId}
        className="pe-input"
        value={value}
        required={shownRequired}
        disabled={!enabled}
        aria-invalid={errors !== '' ? true : undefined}
        aria-describedby={help ? helpIdOf(inputId) : undefined}
        onChange={(event) =>
          props.handleChange(path, event.target.value === '' ? undefined : event.target.value)
        }
        onBlur={leave}
      >
        <option value="">{t('controls.choose')}</option>
        {choices.map((choice) => (
          <option key={`${choice.group ?? ''}-${choice.value}`} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export const ChoiceControl = withJsonFormsControlProps(memo(ChoiceControlView));
