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
import { useLocale } from '../i18n';
import { appMessages, aroundSlot, widgetWords } from './app-messages';
import { composeTitle, useDocumentTitle } from './page-title';
import { SecureStyles } from './SecureStyles';
import { createAppTheme } from './theme/app-theme';
import { resolveColorScheme } from './theme/color-scheme';
import { useReducedMotion, useSystemPrefersDark } from './theme/use-color-scheme';

export function ConfigErrorPage({ error }: { error: unknown }) {
  const locale = useLocale();
  const t = appMessages.in(locale);
  const field = error instanceof ConfigError ? error.field : '';
  const message =
    error instanceof ConfigError
      ? error.describe(locale)
      : error instanceof Error
        ? error.message
        : String(error);
  const [before, after] = aroundSlot((file) => t('configError.readsFrom', { file }));
  const mode = resolveColorScheme('system', useSystemPrefersDark());
  const reducedMotion = useReducedMotion();
  const theme = useMemo(
    () => createAppTheme({ mode, reducedMotion, words: widgetWords(locale) }),
    [mode, reducedMotion, locale],
  );
  useDocumentTitle(composeTitle(t('title.couldNotStart'), 'error'));
  return (
    <SecureStyles>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        <Container maxWidth="sm" component="main" sx={{ py: 6 }}>
          <Typography variant="h1" sx={{ fontSize: '1.75rem', mb: 2 }}>
            {t('configError.heading')}
          </Typography>
          <Alert severity="error" role="alert">
            <AlertTitle>
              {field ? t('configError.fieldInvalid', { field }) : t('configError.unusable')}
            </AlertTitle>
            {message}
          </Alert>
          <Typography sx={{ mt: 2 }}>
            {before}
            <code>/config.json</code>
            {after}
          </Typography>
          <Box
            component="pre"
            // Focusable, so a keyboard can scroll it on a narrow screen.
            tabIndex={0}
            aria-label={t('configError.shapeLabel')}
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
