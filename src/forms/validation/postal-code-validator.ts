// Checks `format: "postal-code"` controls against the country chosen in the same form.
import type { ControlValidator } from './control-validator';
import { isPostalCodeControl, postalCodeCountry, postalCodeMessage } from './postal-code';

export const postalCodeValidator: ControlValidator = {
  id: 'postal-code',
  appliesTo: isPostalCodeControl,
  validate: (value, control, data) => postalCodeMessage(value, postalCodeCountry(control, data)),
};
