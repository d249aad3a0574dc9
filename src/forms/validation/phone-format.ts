// The `phone` format: an international number (+ and country code). libphonenumber's check (with its metadata)
// loads only where a phone field exists (src/forms/phone-format.ts); until then a structural check stands in.
import { isPhoneNumber } from '../phone-format';
import { registerFormat } from './formats';

registerFormat('phone', isPhoneNumber);
