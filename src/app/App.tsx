// The application: query client, theme (the colour scheme the person chose or the system's), router and the routes.
import { useMemo, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router';
import type { AppConfig } from '../config/app-config';
import { ConfigContext } from '../config/config-context';
import { LeaveGuard } from '../profile/LeaveGuard';
import { AppShell } from './AppShell';
import { MarkdownImageOrigins } from '../forms/renderers/markdown/markdown-images';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';
import { ProviderListPage } from './ProviderListPage';
import { ProviderPage } from './ProviderPage';
import { SecureStyles } from './SecureStyles';
import { useLocale } from '../i18n';
import { widgetWords } from './app-messages';
import { createAppTheme } from './theme/app-theme';
import { ColorSchemeContext, useAppColorScheme, useReducedMotion } from './theme/use-color-scheme';
import { useSessionIsolation } from './use-session-isolation';
import { createAppQueryClient } from './query-client';

const NO_ORIGINS: readonly string[] = [];

// A data router: the leave guard (react-router's blocker) needs one.
const createRouter = () =>
  createBrowserRouter([
    {
      path: '*',
      element: (
        <AppShell>
          <ErrorBoundary wayBack>
            <LeaveGuard>
              <Routes>
                <Route index element={<ProviderListPage />} />
                <Route path=":providerId/*" element={<ProviderPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </LeaveGuard>
          </ErrorBoundary>
        </AppShell>
      ),
    },
  ]);

/**
 * `queryClient`: the one the boot started the page's first read in (start-route.ts); without it, the app makes its
 * own.
 */
export function App({ config, queryClient: given }: { config: AppConfig; queryClient?: QueryClient }) {
  const [router] = useState(createRouter);
  const [queryClient] = useState(() => given ?? createAppQueryClient());
  useSessionIsolation(queryClient);
  const colorScheme = useAppColorScheme();
  const reducedMotion = useReducedMotion();
  const locale = useLocale();
  const theme = useMemo(
    () => createAppTheme({ mode: colorScheme.mode, reducedMotion, words: widgetWords(locale) }),
    [colorScheme.mode, reducedMotion, locale],
  );
  return (
    <SecureStyles>
      <ConfigContext.Provider value={config}>
        <MarkdownImageOrigins.Provider value={config.markdown?.imageOrigins ?? NO_ORIGINS}>
          <QueryClientProvider client={queryClient}>
            <ColorSchemeContext.Provider value={colorScheme}>
              <ThemeProvider theme={theme}>
                {/* color-scheme on <html>: native controls and scrollbars follow the theme's mode. */}
                <CssBaseline enableColorScheme />
                <RouterProvider router={router} />
              </ThemeProvider>
            </ColorSchemeContext.Provider>
          </QueryClientProvider>
        </MarkdownImageOrigins.Provider>
      </ConfigContext.Provider>
    </SecureStyles>
  );
}
