// A light, accessible input for text, e-mail, phone, password, number and date controls: a native input in the
// light field frame (no MUI input layers per field). The input holds what is typed (no render per keystroke) and
// commits it to the form after a pause, on blur and on Enter (see use-typed-value), links its help and error text with
// aria-describedby, and says why a read-only field cannot change.
import { useFormsText } from '../../use-forms-text';
import { useEffect, useRef, useState } from 'react';
import { useRegisteredInput } from '../input-registry';
import { useTypedValue } from './use-typed-value';
import IconButton from '@mui/material/IconButton';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import type { ControlProps, JsonSchema } from '@jsonforms/core';
import { withLightControlProps } from '../light-control-props';
import { loadPhoneCheck, loadPhoneCheckSoon } from '../../phone-format';
import { dateRuleBounds, dateRulesOf } from '../../validation/date-rules';
import { Field, helpIdOf } from '../field/Field';

type InputKind = 'text' | 'email' | 'tel' | 'password' | 'number' | 'date' | 'url';

function kindOf(schema: JsonSchema, options: Record<string, unknown>): InputKind {
  if (options.format === 'password' || schema.format === 'password') return 'password';
  if (options.format === 'phone' || schema.format === 'phone') return 'tel';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'uri' || schema.format === 'url') return 'url';
  return 'text';
}

const AUTOCOMPLETE: Partial<Record<InputKind, string>> = {
  email: 'email',
  tel: 'tel',
  password: 'current-password',
};

/** The form's value as the input shows it. */
const shown = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function toValue(raw: string, kind: InputKind, schema: JsonSchema): unknown {
  if (raw === '') return undefined;
  if (kind === 'number') {
    const n = Number(raw);
    if (!Number.isFinite(n)) return raw;
    return schema.type === 'integer' && Number.isInteger(n) ? n : n;
  }
  return raw;
}

export function TextControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, schema, uischema } = props;
  const options = (uischema.options ?? {}) as Record<string, unknown>;
  const kind = kindOf(schema, options);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const typed = useTypedValue(inputRef, {
    value: props.data,
    display: shown,
    parse: (raw) => toValue(raw, kind, schema),
    commit: (next) => props.handleChange(path, next),
    onKeyDown: (event) => {
      if (event.key === 'Enter') typed.flush();
    },
  });
  const { flush } = typed;
  const t = useFormsText();
  // The editor flushes this input before a save and hears when the user leaves it.
  const leave = useRegisteredInput({ path, flush, focus: () => inputRef.current?.focus() });
  const [revealed, setRevealed] = useState(false);
  // A phone field brings the full phone check (loaded for forms that have one only, after the form has shown;
  // at once when the field is focused).
  useEffect(() => {
    if (kind === 'tel') loadPhoneCheckSoon();
  }, [kind]);
  if (!visible) return null;
  const readonlyReason = typeof options.readonlyReason === 'string' ? options.readonlyReason : undefined;
  const help =
    errors ||
    (!enabled && readonlyReason) ||
    description ||
    (kind === 'tel' ? t('controls.phoneHint') : undefined);
  const inputType = kind === 'password' && revealed ? 'text' : kind;
  const multiline = options.multi === true && kind === 'text';
  // The date picker opens within what the date rules allow (typing outside is still caught by validation).
  const bounds = kind === 'date' ? dateRuleBounds(dateRulesOf(options)) : undefined;
  const inputId = `${id}-input`;
  const common = {
    id: inputId,
    className: 'pe-input',
    defaultValue: typed.defaultValue,
    required,
    disabled: !enabled,
    'aria-invalid': errors !== '' ? true : undefined,
    'aria-describedby': help ? helpIdOf(inputId) : undefined,
    placeholder: typeof options.placeholder === 'string' ? options.placeholder : undefined,
    autoComplete: typeof options.autocomplete === 'string' ? options.autocomplete : AUTOCOMPLETE[kind],
    maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
    ref: inputRef,
    onBlur: leave,
  };
  return (
    <Field
      inputId={inputId}
      label={label}
      required={required}
      error={errors !== ''}
      disabled={!enabled}
      help={help}
      endAdornment={
        kind === 'password' ? (
          <IconButton
            aria-label={revealed ? t('controls.hide', { label }) : t('controls.show', { label })}
            onClick={() => setRevealed((r) => !r)}
            edge="end"
            size="small"
          >
            {revealed ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
          </IconButton>
        ) : undefined
      }
    >
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={inputType}
          inputMode={kind === 'tel' ? 'tel' : undefined}
          min={bounds?.min}
          max={bounds?.max}
          onFocus={
            kind === 'tel'
              ? () => {
                  loadPhoneCheck().catch(() => undefined);
                }
              : undefined
          }
        />
      )}
    </Field>
  );
}

export const TextControl = withLightControlProps(TextControlView);
