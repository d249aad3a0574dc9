// The shared control validators, run for every form (a provider may add its own through `validators`).
import { choiceValidator } from './choice-validator';
import type { ControlValidator } from './control-validator';
import { dateRulesValidator } from './date-rules-validator';
import { postalCodeValidator } from './postal-code-validator';

export const sharedControlValidators: ControlValidator[] = [
  choiceValidator,
  dateRulesValidator,
  postalCodeValidator,
];
