// The error summary shown when a save is refused by the form's own checks: how many fields need correcting, and a
// link per field (its label and message) that moves the focus into it. It scrolls into view for each refused save
// and takes the focus when several fields (or another section's) need correcting, so a keyboard or screen-reader
// user starts from the list of what to fix; with a single field the focus goes to that field.
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
  /** Moves the focus to the field; false when it could not. */
  onFocusField: (field: InvalidField) => boolean;
}) {
  const { fields, elsewhere, attempt, onFocusField } = props;
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const only = fields.length === 1 && elsewhere.length === 0 ? fields[0] : undefined;
  useLayoutEffect(() => {
    const summary = ref.current;
    if (!summary) return;
    summary.scrollIntoView?.({ block: 'nearest' });
    // One field to correct: the focus goes straight to it (its message is read with it; the summary would only
    // be one more step). Several, or some in another section: the summary, which lists them all.
    if (only && onFocusField(only)) return;
    summary.focus({ preventScroll: true });
    // Only a new attempt moves the focus (not a field corrected meanwhile).
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
