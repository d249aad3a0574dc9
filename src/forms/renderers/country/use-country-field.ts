// What both country pickers (one country, several) read from a control: the settings, the options shown (restricted
// ones left out unless already chosen), the chosen values, the label of a value, and the help line (errors of the
// control and of its single entries, the list's loading error, the read-only reason or the description).
import { useMemo } from 'react';
import { subErrorsAt, type ControlProps } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useFormLocale } from '../../form-locale';
import type { CountryOption } from './country-option';
import { countrySettingsOf } from './country-settings';
import { useCountryOptions } from './use-country-options';

export type CountryValue = string | number;

/** Whether a control holds several countries (a list, or `options.country.multiple`). */
export const isMultipleCountry = ({ uischema, schema }: Pick<ControlProps, 'uischema' | 'schema'>) =>
  countrySettingsOf(uischema.options)?.multiple === true || schema.type === 'array';

export function useCountryField(props: ControlProps) {
  const { path, errors, description, enabled, uischema, schema } = props;
  const settings = useMemo(() => countrySettingsOf(uischema.options) ?? {}, [uischema.options]);
  const ctx = useJsonForms();
  const locale = useFormLocale();
  const { options, loading, error, retry } = useCountryOptions(settings.source ?? 'iso-alpha2', locale);
  const multiple = isMultipleCountry(props);
  const raw: unknown = props.data;
  const selected = useMemo<CountryValue[]>(() => {
    if (multiple) return Array.isArray(raw) ? (raw as CountryValue[]) : [];
    return raw === undefined || raw === null || raw === '' ? [] : [raw as CountryValue];
  }, [raw, multiple]);
  const shown = useMemo(() => {
    const excluded = settings.excludeRestricted ?? [];
    return options.filter(
      (o) => selected.includes(o.value) || !(o.restrictedFor ?? []).some((scope) => excluded.includes(scope)),
    );
  }, [options, settings.excludeRestricted, selected]);
  const asOption = useMemo(() => {
    const byValue = new Map(shown.map((o) => [o.value, o]));
    return (value: CountryValue): CountryOption => byValue.get(value) ?? { value, label: String(value) };
  }, [shown]);
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
  const help = allErrors || error || (!enabled && readonlyReason) || description || undefined;
  return {
    multiple,
    shown,
    selected,
    asOption,
    loading,
    loadError: error,
    retry,
    allErrors,
    help,
    invalid: allErrors !== '' || error !== undefined,
  };
}
