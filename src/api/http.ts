// The thin API layer: fetch with a timeout and AbortSignal, JSON in and out, the auth header, typed errors.
// No component calls fetch; every provider adapter goes through a client made here.
import { ApiError, requestIdOf } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

export interface HttpResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

export interface HttpClient {
  readonly baseUrl: string;
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions): Promise<HttpResponse<T>>;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Returns the Authorization header value for each request (read at call time, so a refreshed token applies). */
  authorization?: () => string | undefined;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function buildUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, ''));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^[[{]/.test(text.trim())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (type.includes('json')) throw new SyntaxError('The server sent malformed JSON.');
    }
  }
  return text;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  return {
    baseUrl: options.baseUrl,
    async request<T>(method: HttpMethod, path: string, request: RequestOptions = {}) {
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
      const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
      const auth = options.authorization?.();
      if (auth && !('Authorization' in headers)) headers.Authorization = auth;
      if (request.body !== undefined) headers['Content-Type'] ??= 'application/json';
      const url = buildUrl(options.baseUrl, path, request.query);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal,
        });
      } catch (cause) {
        clearTimeout(timer);
        if (request.signal?.aborted)
          throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.' });
        if (timeout.signal.aborted) {
          throw new ApiError({
            kind: 'timeout',
            message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
          });
        }
        throw new ApiError({
          kind: 'network',
          message: `The server could not be reached (${(cause as Error).message || 'network error'}).`,
        });
      }
      clearTimeout(timer);
      const requestId = requestIdOf(response.headers);
      let body: unknown;
      try {
        body = await readBody(response);
      } catch (error) {
        throw new ApiError({
          kind: 'parse',
          status: response.status,
          message: (error as Error).message,
          requestId,
          headers: response.headers,
        });
      }
      if (!response.ok) {
        throw new ApiError({
          kind: 'http',
          status: response.status,
          body,
          requestId,
          headers: response.headers,
          message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        });
      }
      return { status: response.status, data: body as T, headers: response.headers };
    },
  };
}
