// The question LeaveGuard asks before an in-app navigation drops unsaved changes: stay (focused), or leave (the
// draft stays on this device).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { editorText } from './editor-text';

export function LeaveDialog(props: { open: boolean; onStay: () => void; onLeave: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onStay} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">{editorText.leaveTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText>{editorText.leaveBody}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onStay} autoFocus>
          {editorText.stay}
        </Button>
        <Button color="warning" onClick={props.onLeave}>
          {editorText.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
