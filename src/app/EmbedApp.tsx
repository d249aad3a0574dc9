// /embed: the editor alone, for a partner portal's iframe. No app chrome; theme, provider, profile and token all
// come from the host's `init` message (without a `theme.mode` the system's colour scheme is followed); the content
// height goes back to the host on every layout change.
import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import type { AppConfig } from '../config/app-config';
import { ConfigContext } from '../config/config-context';
import { useContentHeight } from '../embed/use-content-height';
import { useEmbedSession } from '../embed/use-embed-session';
import { EmbeddedEditor } from './EmbeddedEditor';
import { MarkdownImageOrigins } from '../forms/renderers/markdown/markdown-images';
import { ErrorBoundary } from './ErrorBoundary';
import { composeTitle, DocumentTitle } from './page-title';
import { embedLocale, messagesReady, setLocale, useLocale } from '../i18n';
import { appMessages, aroundSlot, widgetWords } from './app-messages';
import { SecureStyles } from './SecureStyles';
import { createAppTheme } from './theme/app-theme';
import { resolveEmbedColorScheme } from './theme/color-scheme';
import { useColorSchemeAttribute, useReducedMotion, useSystemPrefersDark } from './theme/use-color-scheme';
import { useSessionIsolation } from './use-session-isolation';

const NO_ORIGINS: readonly string[] = [];

export function EmbedApp({ config }: { config: AppConfig }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  useSessionIsolation(queryClient);
  const connection = useEmbedSession(config.embed.allowedOrigins);
  const { session, send } = connection;
  const tokens = session?.theme;
  const mode = resolveEmbedColorScheme(tokens?.mode, useSystemPrefersDark());
  const reducedMotion = useReducedMotion();
  useColorSchemeAttribute(mode);
  const shown = useLocale();
  const theme = useMemo(
    () =>
      createAppTheme({
        mode,
        reducedMotion,
        primaryColor: tokens?.primaryColor,
        fontFamily: tokens?.fontFamily,
        radius: tokens?.radius,
        transparent: true,
        words: widgetWords(shown),
      }),
    [mode, reducedMotion, tokens?.primaryColor, tokens?.fontFamily, tokens?.radius, shown],
  );

  const root = useRef<HTMLDivElement>(null);
  useContentHeight(root, (height) => send({ type: 'resize', height }));
  // The portal's `init.locale` (unless the frame's own `?lang=` says otherwise) when we speak it, else the
  // browser's: `<html lang>` names the language actually shown (src/i18n).
  // The editor opens once that language's words are there, so the profile is read once, in that language.
  const wanted = embedLocale(window.location.search, session?.locale);
  useEffect(() => {
    let current = true;
    void messagesReady(wanted).then(() => {
      if (current) setLocale(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  return (
    <SecureStyles>
      <ConfigContext.Provider value={config}>
        <MarkdownImageOrigins.Provider value={config.markdown?.imageOrigins ?? NO_ORIGINS}>
          <QueryClientProvider client={queryClient}>
            <ThemeProvider theme={theme}>
              {/* color-scheme tells the browser the frame may stay transparent on a portal of the same scheme. */}
              <CssBaseline enableColorScheme />
              {/* flow-root keeps the children's margins inside, so the measured height is the whole content. */}
              <Box ref={root} component="main" sx={{ display: 'flow-root', p: 2 }}>
                <ErrorBoundary>
                  {!connection.framed ? (
                    <Alert severity="info">
                      <DocumentTitle title={composeTitle(undefined)} />
                      <NotFramed />
                    </Alert>
                  ) : session && shown === wanted ? (
                    <EmbeddedEditor key={session.key} session={session} connection={connection} />
                  ) : (
                    <Typography role="status" color="text.secondary">
                      <DocumentTitle title={composeTitle(appMessages.t('title.connecting'))} />
                      {appMessages.t('embed.connecting')}
                    </Typography>
                  )}
                </ErrorBoundary>
              </Box>
            </ThemeProvider>
          </QueryClientProvider>
        </MarkdownImageOrigins.Provider>
      </ConfigContext.Provider>
    </SecureStyles>
  );
}

/** Opened outside a frame: what the page is for, and the way to the provider list. */
function NotFramed() {
  const t = appMessages.in(useLocale());
  const [before, after] = aroundSlot((link) => t('embedPage.notFramed', { link }));
  return (
    <>
      {before}
      <a href="/">{t('embedPage.providerList')}</a>
      {after}
    </>
  );
}
