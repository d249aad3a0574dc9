// Save (and a provider's secondary actions), Discard changes, and Cancel while a save runs; says when something
// is unsaved.
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProviderAction } from '../providers/types';

export function SaveBar(props: {
  saveLabel: string;
  canSave: boolean;
  saving: boolean;
  /** A save waits for the connection. */
  queued: boolean;
  dirty: boolean;
  readOnly: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  actions: ProviderAction[];
  onAction: (id: string) => void;
}) {
  const {
    saveLabel,
    canSave,
    saving,
    queued,
    dirty,
    readOnly,
    onSave,
    onDiscard,
    onCancel,
    actions,
    onAction,
  } = props;
  return (
    <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
      <Button
        type="submit"
        variant="contained"
        disabled={!canSave}
        aria-busy={saving}
        onClick={onSave}
        startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
      >
        {saving ? 'Saving…' : saveLabel}
      </Button>
      {saving ? (
        <Button variant="outlined" onClick={onCancel}>
          Cancel
        </Button>
      ) : (
        !readOnly && (
          <Button variant="text" disabled={!dirty} onClick={onDiscard}>
            Discard changes
          </Button>
        )
      )}
      {actions.map((action) => (
        <Button
          key={action.id}
          variant="outlined"
          disabled={saving}
          onClick={() => onAction(action.id)}
          title={action.description}
        >
          {action.label}
        </Button>
      ))}
      {dirty && !saving && (
        <Typography variant="body2" color={queued ? 'warning.main' : 'text.secondary'}>
          {queued ? 'Unsaved changes: waiting for the connection' : 'Unsaved changes'}
        </Typography>
      )}
    </Stack>
  );
}
