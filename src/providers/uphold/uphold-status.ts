// A process's status and verification model in plain words (shown above its form).
import type { ProcessStatus, Verification } from './uphold-types';

const statusWords = (subject: string): Record<ProcessStatus, string> => ({
  ok: `Uphold has everything it needs from ${subject}.`,
  pending: 'Uphold is waiting for answers from you.',
  processing: 'Uphold is checking your answers; this can take a moment.',
  running: 'Uphold is checking your answers; this can take a moment.',
  failed: `Uphold could not accept ${subject}. Check your answers, or contact support.`,
  exempt: `You do not need to complete ${subject}.`,
});

const MODEL: Record<string, string> = {
  none: 'Nobody needs to verify these details.',
  'partner-verified': 'The service you signed up through verifies these details.',
  'uphold-verified': 'Uphold verifies these details itself.',
};

const isStatus = (status: string, words: Record<ProcessStatus, string>): status is ProcessStatus =>
  Object.hasOwn(words, status);

/** `subject`: what the form is ('this profile', 'this step'). */
export function statusNotice(
  status: string,
  verification: Verification | undefined,
  subject = 'this profile',
  /** Said instead of "has everything it needs" while required questions are still empty. */
  incomplete?: string,
): string {
  const words = statusWords(subject);
  const said =
    status === 'ok' && incomplete
      ? incomplete
      : isStatus(status, words)
        ? words[status]
        : `Status at Uphold: ${status}.`;
  const model = MODEL[verification?.model ?? 'none'] ?? `Verification: ${verification?.model ?? 'none'}.`;
  const automatic =
    verification?.method === 'automatic' ? ' Uphold checks them automatically once you save.' : '';
  return `${said} ${model}${automatic}`;
}
