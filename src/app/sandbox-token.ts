// The credential the app uses in sandbox mode (the sandbox accepts any non-empty one).
export const SANDBOX_TOKEN = 'sandbox-token';
