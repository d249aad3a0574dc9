// Messages above the form: read-only reason, notices, the save status (one polite status region: saving, saved,
// queued offline, restored draft, another tab's save; its alerts are only styling) and failures or conflicts
// (alerts). Each status message carries `data-save-status` (saving, saved, queued, offline, restored, notice) and
// the conflict alert `data-save-status="conflict"`: the QA kit's documented way to tell outcomes apart.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { ProfileForm } from '../providers/types';
import { ConflictPanel } from './ConflictPanel';
import type { EditorState } from './editor-state';
import { editorText } from './editor-text';
import { RequestDetails } from './RequestDetails';

export function EditorMessages(props: {
  form: ProfileForm;
  state: EditorState;
  dirty: boolean;
  online: boolean;
  providerLabel: string;
  onSignInAgain: (() => Promise<void>) | undefined;
  onDiscard: () => void;
  onDismissNotice: () => void;
  onResolve: (pointer: string, keep: 'mine' | 'theirs') => void;
}) {
  const { form, state, dirty, online, providerLabel, onSignInAgain, onDiscard, onDismissNotice, onResolve } =
    props;
  const { status } = state;
  const failure =
    status.kind === 'failed' && status.failure.kind !== 'read-only' ? status.failure : undefined;
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
      {failure && (
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
      {status.kind === 'conflict' && (
        <ConflictPanel
          form={form}
          conflicts={status.conflicts}
          origin={status.origin}
          providerLabel={providerLabel}
          onResolve={onResolve}
        />
      )}
      <Stack role="status" aria-live="polite" spacing={1}>
        {status.kind === 'saving' && (
          <Alert
            severity="info"
            icon={false}
            role="presentation"
            data-save-status="saving"
            sx={{ '& .MuiAlert-message': { flexGrow: 1 } }}
          >
            {status.step === 'checking'
              ? editorText.checking(providerLabel)
              : editorText.writing(providerLabel)}
            <LinearProgress sx={{ mt: 1 }} aria-label="Saving" />
          </Alert>
        )}
        {status.kind === 'saved' && (
          <Alert severity="success" role="presentation" data-save-status="saved">
            {status.message}
          </Alert>
        )}
        {status.kind === 'offline-queued' && (
          <Alert severity="warning" role="presentation" data-save-status="queued">
            {editorText.offline}
          </Alert>
        )}
        {!online && status.kind !== 'offline-queued' && dirty && (
          <Alert severity="warning" role="presentation" data-save-status="offline">
            {editorText.offlineUnsaved}
          </Alert>
        )}
        {state.restored && dirty && (
          <Alert
            severity="info"
            role="presentation"
            data-save-status="restored"
            action={
              <Button color="inherit" size="small" onClick={onDiscard}>
                Discard
              </Button>
            }
          >
            {editorText.restored}
          </Alert>
        )}
        {state.notice && (
          <Alert severity="info" role="presentation" data-save-status="notice" onClose={onDismissNotice}>
            {state.notice}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
