// Every form of a credential this page has seen or sent (the raw token, the full Authorization value, a Basic
// header's base64 and its `user:pass`), so that none of them ever leaves in a message or shows on screen, even
// after the token was rotated or another person signed in.

const REDACTED = '[redacted]';
// A credential shorter than this is not searched for: redacting "ab" everywhere would garble every message.
const MIN_SECRET = 4;
// Parts derived from a credential (a Basic password on its own) must be longer still to count.
const MIN_PART = 8;

const known = new Set<string>();

const add = (value: string | undefined, min = MIN_SECRET) => {
  if (value && value.length >= min) known.add(value);
};

function decodeBase64(value: string): string | undefined {
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/** Remembers a credential (a token, a hash, `user:pass`) and the forms it is sent in. */
export function rememberCredential(token: string): void {
  add(token);
  add(encodeURIComponent(token));
  const colon = token.indexOf(':');
  if (colon > 0) add(token.slice(colon + 1), MIN_PART);
}

/** Remembers an Authorization header value exactly as sent: the whole value, its credential part, Basic's base64. */
export function rememberAuthorization(header: string): void {
  add(header);
  const [scheme = '', ...rest] = header.split(' ');
  const credential = rest.join(' ');
  if (!credential) return;
  add(credential);
  if (scheme.toLowerCase() === 'basic') {
    add(credential.replace(/=+$/, ''));
    const decoded = decodeBase64(credential);
    if (decoded) rememberCredential(decoded);
  }
}

/** Every remembered secret, longest first (so a longer form is replaced before a part of it). */
export function knownSecrets(): string[] {
  return [...known].sort((a, b) => b.length - a.length);
}

/** The text with every remembered secret replaced by "[redacted]". */
export function redactText(text: string, secrets: readonly string[] = knownSecrets()): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(REDACTED);
  return result;
}

/** A deep copy of a message with every string redacted (keys are kept: they are ours, never a secret). */
export function redactDeep<T>(value: T, secrets?: readonly string[]): T;
export function redactDeep(value: unknown, secrets: readonly string[] = knownSecrets()): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep<unknown>(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]));
  }
  return value;
}

/** Forgets everything (tests only). */
export function forgetSecretsForTests(): void {
  known.clear();
}
