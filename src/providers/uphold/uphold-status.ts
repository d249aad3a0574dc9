// The profile process's status and verification model in plain words (shown above the form).
import type { ProcessStatus, Verification } from './uphold-types';

const STATUS: Record<ProcessStatus, string> = {
  ok: 'Uphold has everything it needs from this profile.',
  pending: 'Uphold is waiting for answers from you.',
  running: 'Uphold is checking your answers; this can take a moment.',
  failed: 'Uphold could not accept this profile. Check your answers, or contact support.',
  exempt: 'You do not need to complete this profile.',
};

const MODEL: Record<string, string> = {
  none: 'Nobody needs to verify these details.',
  'partner-verified': 'The service you signed up through verifies these details.',
  'uphold-verified': 'Uphold verifies these details itself.',
};

export function statusNotice(status: string, verification: Verification | undefined): string {
  const said = STATUS[status as ProcessStatus] ?? `Profile status: ${status}.`;
  const model = MODEL[verification?.model ?? 'none'] ?? `Verification: ${verification?.model ?? 'none'}.`;
  const automatic =
    verification?.method === 'automatic' ? ' Uphold checks them automatically once you save.' : '';
  return `${said} ${model}${automatic}`;
}
