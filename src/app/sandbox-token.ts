// The credential the app uses in sandbox mode (the sandbox accepts any non-empty one), and the one person the
// sandbox has, so a reload finds that person's session (and drafts) again.
export const SANDBOX_TOKEN = 'sandbox-token';
export const SANDBOX_SUBJECT = 'sandbox';
