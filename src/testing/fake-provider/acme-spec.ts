// Acme (a fake provider for the test that adds a provider): its member profile, as a field spec.
import type { FormSpec } from '../../forms/generator/field-spec';

export const acmeSpec: FormSpec = {
  fields: [
    { path: 'nickname', label: 'Nickname', type: 'text', required: true, maxLength: 40 },
    { path: 'city', label: 'Home city', type: 'text' },
  ],
};
