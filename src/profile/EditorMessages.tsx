// Messages above the form: read-only reason, notices, the last failure (with "Sign in again" when the
// session ended) and the last success. Failures are alerts; success is a polite status.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ProfileForm, ProviderFailure } from '../providers/types';
import { RequestDetails } from './RequestDetails';

export function EditorMessages(props: {
  form: ProfileForm;
  failure: ProviderFailure | undefined;
  success: string | undefined;
  onSignInAgain: (() => Promise<void>) | undefined;
}) {
  const { form, failure, success, onSignInAgain } = props;
  const readOnlyFailure = failure?.kind === 'read-only';
  return (
    <Stack spacing={1}>
      {form.readOnly && (
        <Alert severity="warning" role="note" aria-label="Read-only">
          {form.readOnly.reason}
        </Alert>
      )}
      {(form.notices ?? []).map((notice) => (
        <Alert key={notice} severity="info" role="note">
          {notice}
        </Alert>
      ))}
      {failure && !readOnlyFailure && (
        <Alert
          severity="error"
          role="alert"
          action={
            failure.kind === 'auth' && onSignInAgain ? (
              <Button color="inherit" size="small" onClick={() => void onSignInAgain()}>
                Sign in again
              </Button>
            ) : undefined
          }
        >
          {failure.message}
          <RequestDetails message={failure.message} requestId={failure.requestId} />
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {success && <Alert severity="success">{success}</Alert>}
      </div>
    </Stack>
  );
}
