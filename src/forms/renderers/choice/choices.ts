// Choices given in a control's uischema options, optionally grouped by the value of another field
// (`choicesGroupedBy: 'address.countryIso3Code'` shows only the choices of the chosen country).
import type { UISchemaElement } from '@jsonforms/core';
import { valueAt } from '../../validation/uischema-walk';

export interface Choice {
  value: string;
  label: string;
  group?: string;
}

export function choicesFor(uischema: UISchemaElement, data: unknown): Choice[] | undefined {
  const choices = uischema.options?.choices as Choice[] | undefined;
  if (!Array.isArray(choices)) return undefined;
  const groupedBy = uischema.options?.choicesGroupedBy as string | undefined;
  if (!groupedBy) return choices;
  const group = valueAt(data, '/' + groupedBy.split('.').join('/'));
  return choices.filter((choice) => choice.group === group);
}
