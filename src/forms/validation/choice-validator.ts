// A value of a choice control must be one of the choices offered now (e.g. a state of the chosen country).
import { formsMessages } from '../forms-messages';
import { choicesFor } from '../renderers/choice/choices';
import type { ControlValidator } from './control-validator';

export const choiceValidator: ControlValidator = {
  id: 'choice',
  appliesTo: (control) => Array.isArray(control.options?.choices),
  validate(value, control, data) {
    if (value === undefined || value === null || value === '') return undefined;
    const choices = choicesFor(control, data) ?? [];
    return choices.some((choice) => choice.value === value)
      ? undefined
      : formsMessages.t('validation.chooseOption');
  },
};
