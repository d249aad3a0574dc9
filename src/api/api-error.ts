// The one error type of the API layer: HTTP failures, timeouts and network drops, with what the server said.

/** `invalid`: the request was refused before sending (an id that is not one, a path outside the base URL). */
export type ApiErrorKind = 'http' | 'timeout' | 'network' | 'aborted' | 'parse' | 'invalid';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived (network, timeout, abort). */
  readonly status: number;
  /** Parsed JSON body when the server sent JSON, its text otherwise, undefined when there was none. */
  readonly body: unknown;
  /** The request id / correlation id header, when the server sent one. */
  readonly requestId: string | undefined;
  readonly headers: Headers | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    status?: number;
    body?: unknown;
    requestId?: string | undefined;
    headers?: Headers | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.body = init.body;
    this.requestId = init.requestId;
    this.headers = init.headers;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'x-correlation-id',
  'x-external-correlation-id',
  'x-trace-id',
  'request-id',
  'x-amzn-requestid',
];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
