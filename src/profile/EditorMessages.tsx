// Messages above the form about the form as a whole: why it is read-only, the provider's notices, a draft restored
// from this device, the connection, another tab's save, a conflict to resolve and the error summary. The outcome
// of a save is told next to Save (SaveStatusBar) and announced once by the Announcer: nothing here is a live
// region (MUI's alerts get role="note"). Status messages carry `data-save-status` (offline, restored, notice; the
// conflict panel: conflict), the QA kit's documented way to tell them apart. The column is a plain element with a
// stylesheet (editor-messages.css): rendered with every form, even empty, it does no style work.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { ProfileForm } from '../providers/types';
import { ConflictPanel } from './ConflictPanel';
import type { EditorState } from './editor-state';
import { editorText } from './editor-text';
import './editor-messages.css';

export function EditorMessages(props: {
  form: ProfileForm;
  state: EditorState;
  dirty: boolean;
  online: boolean;
  providerLabel: string;
  onDiscard: () => void;
  onDismissNotice: () => void;
  onResolve: (pointer: string, keep: 'mine' | 'theirs') => void;
  /** The error summary, when a save was refused by invalid fields. */
  summary?: ReactNode;
}) {
  const { form, state, dirty, online, providerLabel, onDiscard, onDismissNotice, onResolve, summary } = props;
  const { status } = state;
  return (
    <div className="pe-editor-messages">
      {form.readOnly && (
        <Alert severity="warning" role="note" aria-label={editorText.readOnly}>
          {form.readOnly.reason}
        </Alert>
      )}
      {(form.notices ?? []).map((notice) => (
        <Alert key={notice} severity="info" role="note">
          {notice}
        </Alert>
      ))}
      {!online && status.kind !== 'offline-queued' && dirty && (
        <Alert severity="warning" role="note" data-save-status="offline">
          {editorText.offlineUnsaved}
        </Alert>
      )}
      {state.restored && dirty && (
        <Alert
          severity="info"
          role="note"
          data-save-status="restored"
          action={
            <Button color="inherit" size="small" onClick={onDiscard}>
              {editorText.discard}
            </Button>
          }
        >
          {editorText.restored}
        </Alert>
      )}
      {state.notice && (
        <Alert severity="info" role="note" data-save-status="notice" onClose={onDismissNotice}>
          {state.notice}
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
      {summary}
    </div>
  );
}
