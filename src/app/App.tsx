// The application: query client, theme, router and the routes.
import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
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
import { useSessionIsolation } from './use-session-isolation';

const NO_ORIGINS: readonly string[] = [];
const theme = createTheme({ palette: { primary: { main: '#1f5fbf' } } });

// A data router: the leave guard (react-router's blocker) needs one.
const createRouter = () =>
  createBrowserRouter([
    {
      path: '*',
      element: (
        <AppShell>
          <ErrorBoundary>
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

export function App({ config }: { config: AppConfig }) {
  const [router] = useState(createRouter);
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  useSessionIsolation(queryClient);
  return (
    <SecureStyles>
      <ConfigContext.Provider value={config}>
        <MarkdownImageOrigins.Provider value={config.markdown?.imageOrigins ?? NO_ORIGINS}>
          <QueryClientProvider client={queryClient}>
            <ThemeProvider theme={theme}>
              <CssBaseline />
              <RouterProvider router={router} />
            </ThemeProvider>
          </QueryClientProvider>
        </MarkdownImageOrigins.Provider>
      </ConfigContext.Provider>
    </SecureStyles>
  );
}
