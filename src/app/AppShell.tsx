// The page frame: header with the app name and the mode, and the main landmark.
import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { Link as RouterLink } from 'react-router';
import { useConfig } from '../config/config-context';
import { LanguagePicker } from '../i18n';
import { SandboxPanelLauncher } from './SandboxPanelLauncher';

export function AppShell({ children }: { children: ReactNode }) {
  const config = useConfig();
  return (
    <>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <Link
            component={RouterLink}
            to="/"
            underline="none"
            color="inherit"
            sx={{ fontWeight: 700, fontSize: '1.1rem' }}
          >
            Profile editor
          </Link>
          {config.mode === 'sandbox' && <Chip size="small" color="secondary" label="Sandbox" />}
          <span style={{ marginInlineStart: 'auto' }}>
            <LanguagePicker />
          </span>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 4 }}>
        {config.mode === 'sandbox' && <SandboxPanelLauncher />}
        {children}
      </Container>
    </>
  );
}
