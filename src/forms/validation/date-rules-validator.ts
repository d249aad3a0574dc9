// Checks date controls against the date-difference rules in their options (see date-rules.ts).
import type { ControlValidator } from './control-validator';
import { checkDateRules, dateRulesOf } from './date-rules';

export const dateRulesValidator: ControlValidator = {
  id: 'date-rules',
  appliesTo: (control) => dateRulesOf(control.options).length > 0,
  validate: (value, control) => checkDateRules(value, dateRulesOf(control.options)),
};
