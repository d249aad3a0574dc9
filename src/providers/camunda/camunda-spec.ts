// Camunda 7 user profile (PUT /user/{id}/profile): the field spec the form is generated from.
import type { FormSpec } from '../../forms/generator/field-spec';

export const camundaSpec: FormSpec = {
  fields: [
    {
      path: 'id',
      label: 'User id',
      type: 'text',
      readOnly: 'The user id identifies the account and cannot be changed.',
    },
    {
      path: 'firstName',
      label: 'First name',
      type: 'text',
      required: true,
      maxLength: 255,
      autocomplete: 'given-name',
    },
    {
      path: 'lastName',
      label: 'Last name',
      type: 'text',
      required: true,
      maxLength: 255,
      autocomplete: 'family-name',
    },
    { path: 'email', label: 'E-mail', type: 'email', maxLength: 255, autocomplete: 'email' },
  ],
};
