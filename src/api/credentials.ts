// The person's credential, in memory only, and the session it belongs to. A session is one principal: a token
// refresh for the same person keeps it (and with it their cache and draft); a credential for anyone else — or one
// the editor cannot tell apart — starts a new session, and everything kept per user is dropped with the old one.
import { rememberCredential } from './redaction';

type Listener = () => void;
export interface SessionChange {
  previous: string;
  next: string;
}
type SessionListener = (change: SessionChange) => void;

let token: string | undefined;
let subject: string | undefined;
let sessionKey = anonymousKey();
const listeners = new Set<Listener>();
const sessionListeners = new Set<SessionListener>();

function anonymousKey(): string {
  return `anon-${crypto.randomUUID()}`;
}

/** cyrb53: a fast 53-bit string hash, so storage keys name a session without naming the person. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A session key stable for one subject (so a draft kept for Alice is found again after a reload). */
export const sessionKeyFor = (who: string | undefined) => (who ? `user-${hash(who)}` : anonymousKey());

const normalised = (value: string | undefined) => (value && value.trim() !== '' ? value : undefined);

const notify = () => listeners.forEach((listener) => listener());

function startSession(nextToken: string | undefined, nextSubject: string | undefined) {
  const previous = sessionKey;
  token = nextToken;
  subject = nextSubject;
  sessionKey = sessionKeyFor(nextSubject);
  sessionListeners.forEach((listener) => listener({ previous, next: sessionKey }));
  notify();
}

/**
 * Who a credential names by itself, when it says: the user of a Basic `user:pass` credential, or the `iss` and
 * `sub` of a JWT. Read only to tell people apart — never to trust anyone: the provider checks the credential.
 */
export function subjectOfCredential(credential: string): string | undefined {
  const parts = credential.split('.');
  if (parts.length === 3 && parts[1]) {
    try {
      const payload: unknown = JSON.parse(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/')));
      if (typeof payload === 'object' && payload !== null && 'sub' in payload) {
        const iss = 'iss' in payload ? String(payload.iss) : '';
        return `jwt:${iss}|${String(payload.sub)}`;
      }
    } catch {
      // Not a JWT: an opaque token names nobody.
    }
  }
  const colon = credential.indexOf(':');
  return colon > 0 ? `basic:${credential.slice(0, colon)}` : undefined;
}

export const credentials = {
  get token(): string | undefined {
    return token;
  },
  /** Who the session belongs to, when known (the portal's `subject`, `#subject=`, or the credential itself). */
  get subject(): string | undefined {
    return subject;
  },
  /** The key of the current user's session: per-user state (cache, drafts, pending saves) is keyed by it. */
  get sessionKey(): string {
    return sessionKey;
  },
  /**
   * A credential for a person. The same known subject as now is a token refresh (the session stays); any other
   * subject, or none, is a new session: the previous person's state is dropped (onSessionChange).
   */
  signIn: (value: string, who?: string): void => {
    const next = normalised(value);
    if (next) rememberCredential(next);
    const nextSubject = normalised(who);
    if (token !== undefined && nextSubject !== undefined && nextSubject === subject) {
      token = next;
      notify();
      return;
    }
    startSession(next, nextSubject);
  },
  /** A fresh token for the person of the current session (a rotation the portal or the sandbox vouches for). */
  refresh: (value: string): void => {
    const next = normalised(value);
    if (!next) return;
    rememberCredential(next);
    token = next;
    notify();
  },
  /**
   * @deprecated Say what the credential is: `signIn` (a person) or `refresh` (the same person). Kept for tests:
   * the first credential starts a session, a later one refreshes it, undefined clears it.
   */
  set: (value: string | undefined): void => {
    if (!normalised(value)) credentials.clear();
    else if (token === undefined) credentials.signIn(value ?? '');
    else credentials.refresh(value ?? '');
  },
  /** Forgets the credential and ends the session. */
  clear: (): void => {
    startSession(undefined, undefined);
  },
  /** Told of every change (token or session). */
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Told when another person's session starts: drop everything kept for the previous one. */
  onSessionChange: (listener: SessionListener): (() => void) => {
    sessionListeners.add(listener);
    return () => sessionListeners.delete(listener);
  },
};

export interface FragmentCredentials {
  token: string | undefined;
  subject: string | undefined;
}

/**
 * Takes `token` and `subject` out of the URL fragment (never a query string) and rewrites the address bar
 * without them. Runs first thing on every route, so nothing else ever sees them; the caller decides whether to
 * use them (the embedded editor never does: its credential comes from the portal).
 */
export function takeFragmentCredentials(
  location: Location = window.location,
  history: History = window.history,
): FragmentCredentials {
  const hash = location.hash.replace(/^#/, '');
  if (!hash) return { token: undefined, subject: undefined };
  const params = new URLSearchParams(hash);
  if (!params.has('token') && !params.has('subject')) return { token: undefined, subject: undefined };
  const taken = {
    token: normalised(params.get('token') ?? undefined),
    subject: normalised(params.get('subject') ?? undefined),
  };
  params.delete('token');
  params.delete('subject');
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  return taken;
}
