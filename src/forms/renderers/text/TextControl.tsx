// A light, accessible input for text, e-mail, phone, password, number and date controls. It updates the form
// on every change (no debounce: a value typed just before a click or blur is never lost), links its help and
// error text with aria-describedby, and says why a read-only field cannot change.
import { memo, useRef, useState } from 'react';
import { useRegisteredInput } from '../input-registry';
import { useLocalValue } from './use-local-value';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import type { ControlProps, JsonSchema } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { dateRuleBounds, dateRulesOf } from '../../validation/date-rules';

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
const HINTS: Partial<Record<InputKind, string>> = { tel: 'International format, e.g. +44 20 7946 0958.' };

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
  const [value, onValue, flush] = useLocalValue<unknown>(props.data, (next) =>
    props.handleChange(path, next),
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const leave = useRegisteredInput({ path, flush, focus: () => inputRef.current?.focus() });
  const options = { ...(uischema.options ?? {}) } as Record<string, unknown>;
  const kind = kindOf(schema, options);
  const [revealed, setRevealed] = useState(false);
  if (!visible) return null;
  const readonlyReason = typeof options.readonlyReason === 'string' ? options.readonlyReason : undefined;
  const help = errors || (!enabled && readonlyReason) || description || HINTS[kind] || ' ';
  const inputType = kind === 'password' && revealed ? 'text' : kind;
  const multiline = options.multi === true && kind === 'text';
  // The date picker opens within what the date rules allow (typing outside is still caught by validation).
  const bounds = kind === 'date' ? dateRuleBounds(dateRulesOf(options)) : undefined;
  return (
    <TextField
      // MUI gives the input this id, points the label at it and links the helper text by aria-describedby.
      id={`${id}-input`}
      label={label}
      required={required}
      disabled={!enabled}
      error={errors !== ''}
      helperText={help}
      fullWidth
      margin="dense"
      multiline={multiline}
      minRows={multiline ? 3 : undefined}
      type={multiline ? undefined : inputType}
      value={value ?? ''}
      placeholder={typeof options.placeholder === 'string' ? options.placeholder : undefined}
      onChange={(event) => onValue(toValue(event.target.value, kind, schema))}
      inputRef={inputRef}
      onBlur={leave}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !multiline) flush();
      }}
      slotProps={{
        inputLabel: kind === 'date' ? { shrink: true } : undefined,
        htmlInput: {
          autoComplete: typeof options.autocomplete === 'string' ? options.autocomplete : AUTOCOMPLETE[kind],
          maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
          inputMode: kind === 'tel' ? 'tel' : undefined,
          min: bounds?.min,
          max: bounds?.max,
        },
        input:
          kind === 'password'
            ? {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={revealed ? `Hide ${label}` : `Show ${label}`}
                      onClick={() => setRevealed((r) => !r)}
                      edge="end"
                      size="small"
                    >
                      {revealed ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                    </IconButton>
                  </InputAdornment>
                ),
              }
            : undefined,
      }}
    />
  );
}

export const TextControl = withJsonFormsControlProps(memo(TextControlView));
