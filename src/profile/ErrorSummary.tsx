// The error summary shown when a save is refused by the form's own checks: how many fields need correcting, and a
// link per field (its label and message) that moves the focus into it. It takes the focus and scrolls into view
// when it appears for a new attempt, so a keyboard or screen-reader user starts from the list of what to fix.
import { useId, useLayoutEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { editorText } from './editor-text';
import type { InvalidField } from './invalid-fields';

/** A section not shown now (another tab) with fields to correct: its link opens it. */
export interface SectionWithErrors {
  label: string;
  count: number;
  open: () => void;
}

export function ErrorSummary(props: {
  fields: readonly InvalidField[];
  elsewhere: readonly SectionWithErrors[];
  /** Changes with every refused save: the summary takes the focus for each. */
  attempt: object;
  onFocusField: (field: InvalidField) => void;
}) {
  const { fields, elsewhere, attempt, onFocusField } = props;
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const summary = ref.current;
    if (!summary) return;
    summary.focus({ preventScroll: true });
    summary.scrollIntoView?.({ block: 'nearest' });
  }, [attempt]);
  const count = fields.length + elsewhere.reduce((sum, section) => sum + section.count, 0);
  return (
    <Box
      component="section"
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-error-summary=""
      sx={{
        border: 2,
        borderColor: 'error.main',
        borderRadius: 1,
        p: 2,
        scrollMarginTop: 16,
        '&:focus': (theme) => ({ outline: `3px solid ${theme.palette.error.main}`, outlineOffset: '2px' }),
      }}
    >
      <Typography id={titleId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {editorText.summaryTitle(count)}
      </Typography>
      <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
        {fields.map((field, index) => (
          <li key={`${field.id ?? ''}-${field.label}-${index}`}>
            <Link
              href={field.id ? `#${encodeURIComponent(field.id)}` : '#'}
              color="error"
              onClick={(event) => {
                event.preventDefault();
                onFocusField(field);
              }}
            >
              {field.label}
            </Link>
            {field.message && `: ${field.message}`}
          </li>
        ))}
        {elsewhere.map((section) => (
          <li key={section.label}>
            <Link
              component="button"
              type="button"
              color="error"
              sx={{ verticalAlign: 'baseline' }}
              onClick={section.open}
            >
              {editorText.summaryElsewhere(section.label, section.count)}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
