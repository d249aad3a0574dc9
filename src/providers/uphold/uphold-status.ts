// A process's status and verification model in plain words (shown above its form), in a locale's words.
import { upholdMessages } from './uphold-messages';
import type { ProcessStatus, Verification } from './uphold-types';

/** What the form is about: the profile, or another step. */
export type StatusSubject = 'profile' | 'step';

const STATUS_KEY = {
  ok: 'status.ok',
  pending: 'status.pending',
  processing: 'status.checking',
  running: 'status.checking',
  failed: 'status.failed',
  exempt: 'status.exempt',
} as const satisfies Record<ProcessStatus, string>;

const MODEL_KEY: Record<string, 'status.modelNone' | 'status.modelPartner' | 'status.modelUphold'> = {
  none: 'status.modelNone',
  'partner-verified': 'status.modelPartner',
  'uphold-verified': 'status.modelUphold',
};

const isStatus = (status: string): status is ProcessStatus => Object.hasOwn(STATUS_KEY, status);

export function statusNotice(
  status: string,
  verification: Verification | undefined,
  subject: StatusSubject = 'profile',
  /** Said instead of "has everything it needs" while required questions are still empty. */
  incomplete?: string,
  locale = 'en',
): string {
  const t = upholdMessages.in(locale);
  const said =
    status === 'ok' && incomplete
      ? incomplete
      : isStatus(status)
        ? t(STATUS_KEY[status], { subject })
        : t('status.other', { status });
  const modelKey = MODEL_KEY[verification?.model ?? 'none'];
  const model = modelKey ? t(modelKey) : t('status.modelOther', { model: verification?.model ?? 'none' });
  const automatic = verification?.method === 'automatic' ? t('status.automatic') : '';
  return `${said} ${model}${automatic}`;
}
