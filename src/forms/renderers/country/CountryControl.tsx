// One searchable country picker for every provider: values stay exactly what the provider stores (alpha-2,
// alpha-3 lower case, numeric ids), names are localised; a list that fails to load says so and offers a retry.
import { memo, useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { subErrorsAt, type ControlProps } from '@jsonforms/core';
import { useJsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { formsMessages } from '../../forms-messages';
import type { CountryOption } from './country-option';
import { countrySettingsOf } from './country-settings';
import { useRegisteredInput } from '../input-registry';
import { useCountryOptions } from './use-country-options';

export type { CountryOptions } from './country-settings';

type Value = string | number;

export function CountryControlView(props: ControlProps) {
  const { path, label, required, errors, description, enabled, visible, id, uischema, schema } = props;
  const settings = useMemo(() => countrySettingsOf(uischema.options) ?? {}, [uischema.options]);
  const ctx = useJsonForms();
  const locale = ctx.i18n?.locale ?? navigator.language;
  const { options, loading, error, retry } = useCountryOptions(settings.source ?? 'iso-alpha2', locale);
  const leave = useRegisteredInput({ path });
  const multiple = settings.multiple === true || schema.type === 'array';
  const raw: unknown = props.data;
  const selected = useMemo<Value[]>(() => {
    if (multiple) return Array.isArray(raw) ? (raw as Value[]) : [];
    return raw === undefined || raw === null || raw === '' ? [] : [raw as Value];
  }, [raw, multiple]);
  const shown = useMemo(() => {
    const excluded = settings.excludeRestricted ?? [];
    return options.filter(
      (o) => selected.includes(o.value) || !(o.restrictedFor ?? []).some((scope) => excluded.includes(scope)),
    );
  }, [options, settings.excludeRestricted, selected]);
  if (!visible) return null;
  const byValue = new Map(shown.map((o) => [o.value, o]));
  const asOption = (value: Value): CountryOption => byValue.get(value) ?? { value, label: String(value) };
  const readonlyReason =
    typeof uischema.options?.readonlyReason === 'string' ? uischema.options.readonlyReason : undefined;
  // Errors of single entries of a list ('/otherCitizenships/0') belong to this one control.
  const itemErrors =
    multiple && ctx.core
      ? subErrorsAt(
          path,
          schema,
        )(ctx.core).map((e) => {
          const index = Number(/\/(\d+)$/.exec(e.instancePath)?.[1]);
          const item = Number.isInteger(index) ? selected[index] : undefined;
          return item === undefined ? (e.message ?? '') : `${asOption(item).label}: ${e.message ?? ''}`;
        })
      : [];
  const allErrors = [...new Set([errors, ...itemErrors].filter(Boolean))].join(' ');
  const help = allErrors || error || (!enabled && readonlyReason) || description || ' ';
  const common = {
    id: `${id}-input`,
    options: shown,
    loading,
    disabled: !enabled,
    autoHighlight: true,
    onBlur: leave,
    getOptionLabel: (o: CountryOption) => o.label,
    isOptionEqualToValue: (o: CountryOption, v: CountryOption) => o.value === v.value,
    renderInput: (params: object) => (
      <TextField
        {...params}
        label={label}
        required={required}
        error={allErrors !== '' || error !== undefined}
        helperText={help}
        margin="dense"
      />
    ),
  };
  const set = (value: unknown) => props.handleChange(path, value);
  return (
    <>
      {multiple ? (
        <Autocomplete<CountryOption, true>
          {...common}
          multiple
          value={selected.map(asOption)}
          onChange={(_event, next) => set(next.length ? next.map((o) => o.value) : undefined)}
        />
      ) : (
        <Autocomplete<CountryOption, false>
          {...common}
          value={selected[0] === undefined ? null : asOption(selected[0])}
          onChange={(_event, next) => set(next ? next.value : undefined)}
        />
      )}
      {error && retry && (
        <Button size="small" onClick={retry}>
          {formsMessages.in(locale)('controls.retryCountries')}
        </Button>
      )}
    </>
  );
}

export const CountryControl = withJsonFormsControlProps(memo(CountryControlView));
