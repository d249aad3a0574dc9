// The forms namespace in the locale of the JSON Forms tree a renderer is in (the form's locale).
import { useJsonForms } from '@jsonforms/react';
import { currentLocale } from '../i18n';
import { formsMessages } from './forms-messages';

export function useFormsText() {
  const locale = useJsonForms().i18n?.locale ?? currentLocale();
  return formsMessages.in(locale);
}
