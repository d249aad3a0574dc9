// A visible, polite notice for a question this editor cannot show; the rest of the form keeps working.
import { memo } from 'react';
import Alert from '@mui/material/Alert';
import type { LayoutProps } from '@jsonforms/core';
import { useJsonForms, withJsonFormsLayoutProps } from '@jsonforms/react';
import { currentLocale } from '../../../i18n';
import { useFormLocale } from '../../form-locale';
import { formsMessages } from '../../forms-messages';
import { nonObjectRootType } from './tester';

export function unsupportedMessage(type: string, locale: string = currentLocale()): string {
  return formsMessages.in(locale)('unsupported.message', { type });
}

export function UnsupportedElementView({ uischema, visible, label }: LayoutProps) {
  const locale = useFormLocale();
  if (!visible) return null;
  const type = typeof uischema.type === 'string' && uischema.type !== '' ? uischema.type : 'unknown';
  const title = typeof label === 'string' && label.trim() !== '' ? label : undefined;
  return (
    <Alert severity="warning" variant="outlined" role="note" sx={{ my: 1 }}>
      {title && <strong>{title}: </strong>}
      {unsupportedMessage(type, locale)}
    </Alert>
  );
}

export const UnsupportedElement = withJsonFormsLayoutProps(memo(UnsupportedElementView));

/** The whole form's notice when its schema root is not an object (nothing under it is drawn). */
export function NonObjectRootView({ visible }: LayoutProps) {
  const ctx = useJsonForms();
  const locale = useFormLocale();
  if (!visible) return null;
  const type = nonObjectRootType(ctx.core?.schema) ?? 'unknown';
  return (
    <Alert severity="warning" variant="outlined" role="note" sx={{ my: 1 }}>
      {formsMessages.in(locale)('unsupported.rootNotObject', { type })}
    </Alert>
  );
}

export const NonObjectRoot = withJsonFormsLayoutProps(memo(NonObjectRootView));
