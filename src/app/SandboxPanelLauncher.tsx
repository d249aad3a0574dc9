// The "Sandbox scenarios" button at the top of every page in sandbox mode. The panel itself (MUI accordion,
// selects and every provider's scenario list) loads when it is first opened, not before the form.
import { lazy, Suspense, useState } from 'react';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useMessages } from '../i18n';
import { appMessages } from './app-messages';

const SandboxPanel = lazy(async () => ({ default: (await import('../sandbox/SandboxPanel')).SandboxPanel }));

function ClosedPanel({ onOpen, busy }: { onOpen: () => void; busy: boolean }) {
  const t = useMessages(appMessages);
  return (
    <ButtonBase
      aria-expanded={false}
      aria-busy={busy || undefined}
      onClick={onOpen}
      sx={{
        display: 'flex',
        justifyContent: 'space-between',
        width: '100%',
        minHeight: 48,
        px: 2,
        mb: 3,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        textAlign: 'left',
      }}
    >
      <Typography component="span">{t('shell.sandboxScenarios')}</Typography>
      <span aria-hidden="true">▾</span>
    </ButtonBase>
  );
}

export function SandboxPanelLauncher() {
  const [open, setOpen] = useState(false);
  if (!open) return <ClosedPanel onOpen={() => setOpen(true)} busy={false} />;
  return (
    <Suspense fallback={<ClosedPanel onOpen={() => undefined} busy />}>
      <SandboxPanel defaultExpanded />
    </Suspense>
  );
}
