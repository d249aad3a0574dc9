// The app's query client: saves are never retried by the cache (the editor's save queue decides what is sent again).
import { QueryClient } from '@tanstack/react-query';

export const createAppQueryClient = () =>
  new QueryClient({ defaultOptions: { mutations: { retry: false } } });
