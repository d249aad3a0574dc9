// Camunda 7 user profile (PUT /user/{id}/profile): the field spec the form is generated from, in a locale's words.
import type { FormSpec } from '../../forms/generator/field-spec';
import { camundaMessages, type CamundaText } from './camunda-messages';

export const camundaSpecIn = (t: CamundaText): FormSpec => ({
  fields: [
    { path: 'id', label: t('fields.id.label'), type: 'text', readOnly: t('fields.id.readOnly') },
    {
      path: 'firstName',
      label: t('fields.firstName'),
      type: 'text',
      required: true,
      maxLength: 255,
      autocomplete: 'given-name',
    },
    {
      path: 'lastName',
      label: t('fields.lastName'),
      type: 'text',
      required: true,
      maxLength: 255,
      autocomplete: 'family-name',
    },
    { path: 'email', label: t('fields.email'), type: 'email', maxLength: 255, autocomplete: 'email' },
  ],
});

/** The spec in English (its structure is the same in every language). */
export const camundaSpec = camundaSpecIn(camundaMessages.in('en'));
