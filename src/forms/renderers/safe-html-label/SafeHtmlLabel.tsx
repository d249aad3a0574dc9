// A Label element whose text may carry simple HTML from the server (<br>, <b>, <i>, https links), shown safely.
import Typography from '@mui/material/Typography';
import type { LabelProps } from '@jsonforms/core';
import { withJsonFormsLabelProps } from '@jsonforms/react';
import { SafeHtml } from '../../safe-html';

export function SafeHtmlLabelView({ text, visible }: LabelProps) {
  if (!visible || !text) return null;
  return (
    <Typography color="text.secondary" sx={{ my: 1 }}>
      <SafeHtml text={text} />
    </Typography>
  );
}

export const SafeHtmlLabel = withJsonFormsLabelProps(SafeHtmlLabelView);
