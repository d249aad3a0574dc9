// A field changed both here and at the provider: both values side by side, and the user chooses. Nothing is
// overwritten until they do.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ProfileForm } from '../providers/types';
import { editorText } from './editor-text';
import { fieldLabel, readableValue } from './field-labels';
import type { FieldConflict } from './rebase';

export function ConflictPanel(props: {
  form: ProfileForm;
  conflicts: readonly FieldConflict[];
  origin: 'save' | 'other-tab' | 'restore';
  providerLabel: string;
  onResolve: (pointer: string, keep: 'mine' | 'theirs') => void;
}) {
  const { form, conflicts, origin, providerLabel, onResolve } = props;
  const id = useId();
  return (
    // A region, not an alert: the Announcer says the conflict once.
    <Alert severity="warning" role="region" aria-labelledby={`${id}-title`} data-save-status="conflict">
      <AlertTitle id={`${id}-title`}>{editorText.conflictTitle}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {editorText.conflict(providerLabel, origin)}
      </Typography>
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {conflicts.map((conflict, index) => {
          const label = fieldLabel(form.schema, form.uischema, conflict.pointer);
          const describedBy = `${id}-${index}`;
          return (
            <Box component="li" key={conflict.pointer}>
              <Box id={describedBy}>
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  {label}
                </Typography>
                <Typography variant="body2">
                  {editorText.conflictYours} <strong>{readableValue(conflict.mine)}</strong> ·{' '}
                  {editorText.conflictSavedAt(providerLabel)}{' '}
                  <strong>{readableValue(conflict.theirs)}</strong>
                </Typography>
              </Box>
              <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                <Button
                  size="small"
                  variant="outlined"
                  aria-describedby={describedBy}
                  onClick={() => onResolve(conflict.pointer, 'mine')}
                >
                  {editorText.keepMine}
                </Button>
                <Button
                  size="small"
                  variant="outlined"
                  aria-describedby={describedBy}
                  onClick={() => onResolve(conflict.pointer, 'theirs')}
                >
                  {editorText.useSaved}
                </Button>
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Alert>
  );
}
