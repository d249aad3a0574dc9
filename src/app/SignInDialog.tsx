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
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';

export function SignInDialog(props: {
  open: boolean;
  onSubmit: (token: string) => void;
  onCancel: () => void;
}) {
  const [token, setToken] = useState('');
  const t = useMessages(appMessages);
  return (
    <Dialog open={props.open} onClose={props.onCancel} aria-labelledby="sign-in-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (token.trim()) props.onSubmit(token.trim());
          setToken('');
        }}
      >
        <DialogTitle id="sign-in-title">{t('signIn.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('signIn.body')}</DialogContentText>
          <TextField
            label={t('signIn.token')}
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
          <Button onClick={props.onCancel}>{t('signIn.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!token.trim()}>
            {t('signIn.continue')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
