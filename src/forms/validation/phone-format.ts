// The `phone` format: an international number (+ and country code), checked with libphonenumber's metadata.
// A separate registration, so the metadata can be loaded only where a form has a phone field.
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { registerFormat } from './formats';

registerFormat('phone', (value) => isValidPhoneNumber(value));
