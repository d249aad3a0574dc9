// One searchable country picker for every provider: values stay exactly what the provider stores (alpha-2,
// alpha-3 lower case, numeric ids), names are localised; a list that fails to load says so and offers a retry.
// One country is MUI's headless useAutocomplete in the light field frame (as EnumControl); a list of several
// loads MUI's Autocomplete with chips on demand (MultiCountryPicker), so the common form ships no popper/TextField.
import { lazy, memo, useMemo } from 'react';
import Button from '@mui/material/Button';
import useAutocomplete from '@mui/material/useAutocomplete';
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useFormsText } from '../../use-forms-text';
import { OnDemand } from '../../on-demand';
import { Field } from '../field/Field';
import {
  ClearButton,
  ComboboxInput,
  lightPickerSettings,
  OptionList,
  useListShown,
} from '../field/combobox-parts';
import type { CountryOption } from './country-option';
import { useRegisteredInput } from '../input-registry';
import { isMultipleCountry, useCountryField } from './use-country-field';

export type { CountryOptions } from './country-settings';

const MultiCountryPicker = lazy(async () => ({
  default: (await import('./MultiCountryPicker')).MultiCountryPicker,
}));

function OneCountryPicker(props: ControlProps) {
  const { path, label, required, enabled, id } = props;
  const field = useCountryField(props);
  const inputId = `${id}-input`;
  const leave = useRegisteredInput({ path });
  const t = useFormsText();
  const chosen = field.selected[0];
  // The same object while the value stays: a new one would make the combobox reset what is being typed.
  const { asOption } = field;
  const value = useMemo(() => (chosen === undefined ? null : asOption(chosen)), [chosen, asOption]);
  const combobox = useAutocomplete<CountryOption, false>({
    id: inputId,
    options: field.shown,
    value,
    disabled: !enabled,
    ...lightPickerSettings,
    onChange: (_event, next) => props.handleChange(path, next ? next.value : undefined),
  });
  const listed = combobox.popupOpen && combobox.groupedOptions.length > 0;
  // As MUI's Autocomplete says (in its words): the list is loading, or nothing matches what was typed.
  const note =
    combobox.popupOpen && !listed
      ? field.loading
        ? t('controls.optionsLoading')
        : t('controls.noOptions')
      : undefined;
  const open = useListShown(listed || note !== undefined);
  return (
    <>
      <Field
        inputId={inputId}
        label={label}
        required={required}
        error={field.invalid}
        disabled={!enabled}
        help={field.help}
        select
        open={open}
        boxProps={combobox.getRootProps()}
        endAdornment={
          chosen !== undefined && enabled ? <ClearButton combobox={combobox} label={label} /> : undefined
        }
      >
        <ComboboxInput
          combobox={combobox}
          options={field.shown}
          inputId={inputId}
          required={required}
          invalid={field.invalid}
          hasHelp={Boolean(field.help)}
          busy={field.loading}
          onLeave={leave}
        />
        {open && note && (
          <div className="pe-listbox pe-listbox--note" role="presentation">
            {note}
          </div>
        )}
        {open && listed && <OptionList combobox={combobox} />}
      </Field>
      {field.loadError && field.retry && (
        <Button size="small" onClick={field.retry}>
          {t('controls.retryCountries')}
        </Button>
      )}
    </>
  );
}

export function CountryControlView(props: ControlProps) {
  if (!props.visible) return null;
  if (!isMultipleCountry(props)) return <OneCountryPicker {...props} />;
  return (
    <OnDemand fallback={<div className="pe-field pe-field--pending" aria-busy="true" />}>
      <MultiCountryPicker {...props} />
    </OnDemand>
  );
}

export const CountryControl = withJsonFormsControlProps(memo(CountryControlView));
