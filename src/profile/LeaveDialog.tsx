// The question before an in-app navigation drops unsaved changes (LeaveGuard): MUI's dialog, whose code loads once
// the form first holds unsaved changes, not with every page.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { editorText } from './editor-text';

export interface LeaveQuestionProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveDialog({ open, onStay, onLeave }: LeaveQuestionProps) {
  return (
    <Dialog open={open} onClose={onStay} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">{editorText.leaveTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText>{editorText.leaveBody}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onStay} autoFocus>
          {editorText.stay}
        </Button>
        <Button color="warning" onClick={onLeave}>
          {editorText.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
