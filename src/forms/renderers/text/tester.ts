// Which controls the light text control takes: strings (not enums, country pickers or markdown), numbers, dates.
import {
  and,
  isDateControl,
  isIntegerControl,
  isNumberControl,
  isStringControl,
  not,
  or,
  rankWith,
  type JsonSchema,
  type Tester,
  type UISchemaElement,
} from '@jsonforms/core';
import { countrySettingsOf } from '../country/country-settings';

/** Above the material text (1), date (4) and number (2) controls. */
export const TEXT_CONTROL_RANK = 6;

const hasChoices: Tester = (uischema: UISchemaElement, schema: JsonSchema) => {
  const scope = (uischema as { scope?: string }).scope;
  if (!scope) return false;
  const segments = scope.replace(/^#\//, '').split('/');
  let node: unknown = schema;
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  const target = node as JsonSchema | undefined;
  return Boolean(target && (target.enum || target.oneOf || target.const !== undefined));
};

const hasSpecialWidget: Tester = (uischema) => {
  const options = uischema.options ?? {};
  return Boolean(options.choices || options.markdown || countrySettingsOf(options) !== undefined);
};

export const textControlTester = rankWith(
  TEXT_CONTROL_RANK,
  and(
    or(isStringControl, isIntegerControl, isNumberControl, isDateControl),
    not(hasChoices),
    not(hasSpecialWidget),
  ),
);
