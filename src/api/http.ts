// The thin API layer: fetch with a timeout and AbortSignal, JSON in and out, the auth header, typed errors.
// No component calls fetch; every provider adapter goes through a client made here.
import { ApiError, requestIdOf } from './api-error';
import { rememberAuthorization } from './redaction';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

/** What a call answered. `data` is the parsed body as sent: each adapter parses it into its own types. */
export interface HttpResponse {
  status: number;
  data: unknown;
  headers: Headers;
}

export interface HttpClient {
  readonly baseUrl: string;
  request(method: HttpMethod, path: string, options?: RequestOptions): Promise<HttpResponse>;
}

/** The session a client was made for, and how to read the current one. */
export interface SessionBinding {
  key: string;
  current: () => string;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Returns the Authorization header value for each request (read at call time, so a refreshed token applies). */
  authorization?: () => string | undefined;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /**
   * The session the client belongs to: once another session has started, the client sends nothing more, so a
   * request begun for one person (a retry, a save in flight) never goes out with another person's credential.
   */
  session?: SessionBinding;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One path segment from data (an id): percent-encoded, and refused when it is empty or a dot segment, which a
 * URL would resolve ("..": the parent) instead of sending — an id is data, never a path.
 */
export function pathSegment(value: string): string {
  const encoded = encodeURIComponent(value);
  if (encoded === '' || /^(?:\.|%2e){1,2}$/i.test(encoded)) {
    throw new ApiError({ kind: 'invalid', message: `"${value}" cannot be used as an id.` });
  }
  return encoded;
}

export function buildUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  const base = new URL(baseUrl.replace(/\/+$/, '') + '/');
  const url = new URL(base.href + path.replace(/^\/+/, ''));
  // Dot segments in a path resolve before the request: never let one climb out of the configured base.
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    throw new ApiError({ kind: 'invalid', message: `The request path "${path}" leaves the API's base URL.` });
  }
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
    async request(method: HttpMethod, path: string, request: RequestOptions = {}) {
      const url = buildUrl(options.baseUrl, path, request.query);
      if (options.session && options.session.current() !== options.session.key) {
        throw new ApiError({
          kind: 'aborted',
          message: 'Another person signed in: this request was not sent.',
        });
      }
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
      const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
      const auth = options.authorization?.();
      if (auth && !('Authorization' in headers)) headers.Authorization = auth;
      if (headers.Authorization) rememberAuthorization(headers.Authorization);
      if (request.body !== undefined) headers['Content-Type'] ??= 'application/json';
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
          message: `The server could not be reached (${(cause instanceof Error && cause.message) || 'network error'}).`,
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
          message: error instanceof Error ? error.message : 'The answer could not be read.',
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
      return { status: response.status, data: body, headers: response.headers };
    },
  };
}
