// The forms namespace in the locale of the form a renderer is in.
import { useFormLocale } from './form-locale';
import { formsMessages } from './forms-messages';

export function useFormsText() {
  return formsMessages.in(useFormLocale());
}
