// Credentials given to the app: kept in memory only. Live mode reads `#token=…` once and removes it from the URL.

type Listener = () => void;

let token: string | undefined;
// Who the credential belongs to, as far as the editor can tell. Until a sign-in names another person, one
// session key serves the page (the security work decides how another principal is recognised).
const sessionKey = 'default';
const listeners = new Set<Listener>();

export const credentials = {
  get token(): string | undefined {
    return token;
  },
  /** The key of the current user's session: per-user state (cache, drafts, pending saves) is keyed by it. */
  get sessionKey(): string {
    return sessionKey;
  },
  set: (value: string | undefined): void => {
    token = value && value.trim() !== '' ? value : undefined;
    listeners.forEach((listener) => listener());
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Takes `token` out of the URL fragment (never a query string), keeps it in memory and rewrites the address
 * bar without it, so it is not left in history, bookmarks or referrers.
 */
export function takeTokenFromFragment(
  location: Location = window.location,
  history: History = window.history,
) {
  const hash = location.hash.replace(/^#/, '');
  if (!hash) return undefined;
  const params = new URLSearchParams(hash);
  const value = params.get('token');
  if (value === null) return undefined;
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  credentials.set(value);
  return value;
}
