// A native checkbox in its label, drawn as a switch when the uischema asks for a toggle (`options.toggle`),
// with its help and error text linked (aria-describedby) and a read-only reason when it cannot change.
import type { ControlProps } from '@jsonforms/core';
import { withLightControlProps } from '../light-control-props';
import { helpIdOf } from '../field/Field';
import { useFieldThemeClass } from '../field/field-theme';

export function BooleanControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, uischema } = props;
  const themeClass = useFieldThemeClass();
  if (!visible) return null;
  const options = uischema.options ?? {};
  const readonlyReason = typeof options.readonlyReason === 'string' ? options.readonlyReason : undefined;
  const help = errors || (!enabled && readonlyReason) || description || undefined;
  const inputId = `${id}-input`;
  const className = `pe-check ${themeClass}${errors ? ' pe-check--error' : ''}${enabled ? '' : ' pe-check--disabled'}`;
  return (
    <div className={className}>
      <label>
        <input
          id={inputId}
          type="checkbox"
          role={options.toggle === true ? 'switch' : undefined}
          checked={props.data === true}
          disabled={!enabled}
          aria-invalid={errors ? true : undefined}
          aria-describedby={help ? helpIdOf(inputId) : undefined}
          onChange={(event) => props.handleChange(path, event.target.checked)}
        />
        <span>
          {label}
          {required && <span aria-hidden="true"> *</span>}
        </span>
      </label>
      {help && (
        <p className="pe-help" id={helpIdOf(inputId)}>
          {help}
        </p>
      )}
    </div>
  );
}

export const BooleanControl = withLightControlProps(BooleanControlView);
