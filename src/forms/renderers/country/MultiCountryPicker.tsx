// The picker of several countries (chips in MUI's Autocomplete), loaded only where a form has such a list (Uphold's
// other citizenships): the one-country picker most forms show is the light CountryControl.
import { memo, useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { ControlProps } from '@jsonforms/core';
import type { CountryOption } from './country-option';
import { useRegisteredInput } from '../input-registry';
import { useCountryField } from './use-country-field';
import { useFormsText } from '../../use-forms-text';

function MultiCountryPickerView(props: ControlProps) {
  const { path, label, required, enabled, id } = props;
  const field = useCountryField(props);
  const leave = useRegisteredInput({ path });
  const t = useFormsText();
  // The same array while the values stay: a new one would make the combobox reset what is being typed.
  const { selected, asOption } = field;
  const value = useMemo(() => selected.map(asOption), [selected, asOption]);
  return (
    <>
      <Autocomplete<CountryOption, true>
        id={`${id}-input`}
        options={field.shown}
        loading={field.loading}
        disabled={!enabled}
        autoHighlight
        onBlur={leave}
        getOptionLabel={(o) => o.label}
        isOptionEqualToValue={(o, v) => o.value === v.value}
        renderInput={(params) => (
          <TextField
            {...params}
            label={label}
            required={required}
            error={field.invalid}
            helperText={field.help ?? ' '}
            margin="dense"
          />
        )}
        multiple
        value={value}
        onChange={(_event, next) =>
          props.handleChange(path, next.length ? next.map((o) => o.value) : undefined)
        }
      />
      {field.loadError && field.retry && (
        <Button size="small" onClick={field.retry}>
          {t('controls.retryCountries')}
        </Button>
      )}
    </>
  );
}

export const MultiCountryPicker = memo(MultiCountryPickerView);
