// Asks for a new access token when the provider says the session ended (live mode, not embedded). The token goes
// to memory only; the draft stays when the token is recognisably the same person's (see README, Security).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

export function SignInDialog(props: {
  open: boolean;
  onSubmit: (token: string) => void;
  onCancel: () => void;
}) {
  const [token, setToken] = useState('');
  return (
    <Dialog open={props.open} onClose={props.onCancel} aria-labelledby="sign-in-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (token.trim()) props.onSubmit(token.trim());
          setToken('');
        }}
      >
        <DialogTitle id="sign-in-title">Sign in again</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Your session has ended. Paste a new access token from your portal. Your changes stay in the form
            when the editor can tell the token is yours (a user:password credential with the same user, or a
            signed token naming you); with any other token it reads the profile again and discards them.
          </DialogContentText>
          <TextField
            label="Access token"
            type="password"
            autoComplete="off"
            fullWidth
            required
            autoFocus
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!token.trim()}>
            Continue
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
