// Asks before an in-app navigation drops unsaved changes (react-router's blocker; needs a data router). The editor
// reports its state through UnsavedChangesContext; leaving keeps the draft on this device, and the dialog says so.
import { useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useBlocker } from 'react-router';
import { editorText } from './editor-text';
import { createUnsavedChanges, UnsavedChangesContext } from './unsaved-changes';

export function LeaveGuard({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const [registry] = useState(() => createUnsavedChanges(setDirty));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const open = blocker.state === 'blocked';
  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-title">
        <DialogTitle id="leave-title">{editorText.leaveTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText>{editorText.leaveBody}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.reset?.()} autoFocus>
            {editorText.stay}
          </Button>
          <Button color="warning" onClick={() => blocker.proceed?.()}>
            {editorText.leave}
          </Button>
        </DialogActions>
      </Dialog>
    </UnsavedChangesContext.Provider>
  );
}
