// The Save button (and a provider's secondary actions), with a busy state screen readers hear.
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import type { ProviderAction } from '../providers/types';

export function SaveBar(props: {
  saveLabel: string;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
  actions: ProviderAction[];
  onAction: (id: string) => void;
}) {
  const { saveLabel, canSave, saving, onSave, actions, onAction } = props;
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
    </Stack>
  );
}
