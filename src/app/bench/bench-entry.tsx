// The benchmark page's own entry: no config, router, query client or sandbox before the form.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { BenchPage } from './BenchPage';

export function renderBench(root: HTMLElement) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <BenchPage />
    </QueryClientProvider>,
  );
}
