// "Loading…" while Uphold's KYC overview is on its way: one polite status line with a spinner, the same on the
// overview and on a process page.
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function LoadingLine({ text }: { text: string }) {
  return (
    <Stack direction="row" spacing={2} role="status" aria-live="polite" sx={{ alignItems: 'center', py: 4 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography>{text}</Typography>
    </Stack>
  );
}
