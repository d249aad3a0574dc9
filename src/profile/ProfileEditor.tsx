// The provider-agnostic editor: loads the profile, shows loading and load failures, then the form.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProfileProvider, ProviderContext } from '../providers/types';
import type { EditorCommands, EditorEvent } from './editor-events';
import { EditorForm } from './EditorForm';
import { RequestDetails } from './RequestDetails';
import { useProfile } from './use-profile';

export interface ProfileEditorProps {
  provider: ProfileProvider;
  ctx: ProviderContext;
  providerLabel: string;
  onEvent?: (event: EditorEvent) => void;
  commands?: EditorCommands;
  renewCredentials?: () => Promise<void>;
}

export function ProfileEditor(props: ProfileEditorProps) {
  const { provider, ctx, providerLabel } = props;
  const query = useProfile(provider, ctx);

  if (query.isPending) {
    return (
      <Stack direction="row" spacing={2} alignItems="center" role="status" aria-live="polite" sx={{ py: 4 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>Loading your {providerLabel} profile…</Typography>
      </Stack>
    );
  }
  if (query.isError) {
    const failure = provider.describeError(query.error);
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          failure.kind !== 'not-found' ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => void query.refetch()}
              disabled={query.isFetching}
            >
              Try again
            </Button>
          ) : undefined
        }
      >
        <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
          The profile could not be loaded.
        </Box>
        {failure.message}
        <RequestDetails message={failure.message} requestId={failure.requestId} />
      </Alert>
    );
  }
  return <EditorForm {...props} form={query.data} />;
}
