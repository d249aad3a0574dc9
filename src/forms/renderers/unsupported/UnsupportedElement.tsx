// A visible, polite notice for a question this editor cannot show; the rest of the form keeps working.
import { memo } from 'react';
import Alert from '@mui/material/Alert';
import type { LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';

export function unsupportedMessage(type: string): string {
  return (
    `This question can't be shown here (unsupported question type "${type}"). ` +
    'You can still answer and save the other questions; contact support if you need to answer this one.'
  );
}

export function UnsupportedElementView({ uischema, visible, label }: LayoutProps) {
  if (!visible) return null;
  const type = typeof uischema.type === 'string' && uischema.type !== '' ? uischema.type : 'unknown';
  const title = typeof label === 'string' && label.trim() !== '' ? label : undefined;
  return (
    <Alert severity="warning" variant="outlined" role="note" sx={{ my: 1 }}>
      {title && <strong>{title}: </strong>}
      {unsupportedMessage(type)}
    </Alert>
  );
}

export const UnsupportedElement = withJsonFormsLayoutProps(memo(UnsupportedElementView));
