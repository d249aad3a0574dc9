// Shown instead of the app when config.json is missing or malformed: names the bad field and how to fix it (in the
// system's colour scheme: the person's own choice lives in the app, which did not start).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import AlertTitle from '@mui/material/AlertTitle';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo } from 'react';
import { ConfigError } from '../config/app-config';
import { appMessages } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';
import { SecureStyles } from './SecureStyles';
import { createAppTheme } from './theme/app-theme';
import { resolveColorScheme } from './theme/color-scheme';
import { useReducedMotion, useSystemPrefersDark } from './theme/use-color-scheme';

export function ConfigErrorPage({ error }: { error: unknown }) {
  const field = error instanceof ConfigError ? error.field : '';
  const message = error instanceof Error ? error.message : String(error);
  const mode = resolveColorScheme('system', useSystemPrefersDark());
  const reducedMotion = useReducedMotion();
  const theme = useMemo(() => createAppTheme({ mode, reducedMotion }), [mode, reducedMotion]);
  useDocumentTitle(composeTitle(appMessages.t('title.couldNotStart'), 'error'));
  return (
    <SecureStyles>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        <Container maxWidth="sm" component="main" sx={{ py: 6 }}>
          <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
            The profile editor could not start
          </Typography>
          <Alert severity="error" role="alert">
            <AlertTitle>
              {field ? `config.json: the field "${field}" is not valid` : 'config.json could not be used'}
            </AlertTitle>
            {message}
          </Alert>
          <Typography sx={{ mt: 2 }}>
            The editor reads its settings from <code>/config.json</code> when it starts. Expected shape:
          </Typography>
          <Box
            component="pre"
            // Focusable, so a keyboard can scroll it on a narrow screen.
            tabIndex={0}
            aria-label="Expected shape of config.json"
            sx={{ bgcolor: 'action.hover', padding: '12px', overflowX: 'auto' }}
          >
            {`{
  "mode": "sandbox" | "live",
  "providers": { "<id>": { "baseUrl": "https://…" } },
  "embed": { "allowedOrigins": ["https://portal.example.com"] },
  "markdown": { "imageOrigins": [] }
}`}
          </Box>
        </Container>
      </ThemeProvider>
    </SecureStyles>
  );
}
