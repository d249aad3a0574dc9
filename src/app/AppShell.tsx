// The page frame: the header (the app's name, the mode, the colour-scheme switch) and the main landmark. It wraps
// on narrow screens rather than clipping anything.
import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { Link as RouterLink } from 'react-router';
import { useConfig } from '../config/config-context';
import { LanguagePicker, useMessages } from '../i18n';
import { appMessages } from './app-messages';
import { SandboxPanelLauncher } from './SandboxPanelLauncher';
import { ColorSchemeMenu } from './theme/ColorSchemeMenu';

export function AppShell({ children }: { children: ReactNode }) {
  const config = useConfig();
  const t = useMessages(appMessages);
  return (
    <>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: { xs: 1, sm: 2 }, flexWrap: 'wrap', py: 1 }}>
          <Link
            component={RouterLink}
            to="/"
            underline="none"
            color="inherit"
            sx={{ fontWeight: 700, fontSize: '1.1rem', whiteSpace: 'nowrap' }}
          >
            {t('title.appName')}
          </Link>
          {config.mode === 'sandbox' && (
            // A small chip's look without MUI's Chip (not shipped to the first load for a label).
            <Box
              component="span"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                height: 24,
                px: 1,
                borderRadius: 3,
                bgcolor: 'secondary.main',
                color: 'secondary.contrastText',
                fontSize: '0.8125rem',
                whiteSpace: 'nowrap',
              }}
            >
              {t('shell.sandbox')}
            </Box>
          )}
          <Box sx={{ flexGrow: 1 }} />
          <LanguagePicker />
          <ColorSchemeMenu />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 4 }}>
        {config.mode === 'sandbox' && <SandboxPanelLauncher />}
        {children}
      </Container>
    </>
  );
}
