// The form's locale for its renderers, in a context of its own. JSON Forms' context changes with every value a
// field commits; a control that read its locale there would render again whenever any field of the form changed
// (every text control of a 200-field form per commit), although its language had not.
import { createContext, useContext } from 'react';
import { currentLocale } from '../i18n';

export const FormLocaleContext = createContext<string | undefined>(undefined);

/** The locale of the form a renderer is in (the app's, outside a FormView). */
export function useFormLocale(): string {
  return useContext(FormLocaleContext) ?? currentLocale();
}
