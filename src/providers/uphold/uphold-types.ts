// The shapes of Uphold's Core API answers this provider reads, as uphold-schemas parses them, under the names the
// rest of this folder uses.
import type { KycHint, KycProcess } from './uphold-schemas';

export type {
  FieldRule,
  InputWarning,
  KycHint,
  KycOverview,
  KycProcess,
  Presence,
  UpholdCountry,
  UpholdErrorBody,
  UpholdSubdivision,
  Verification,
} from './uphold-schemas';

/** The statuses Uphold documents; others may appear and are shown as they are. */
export type ProcessStatus = 'ok' | 'failed' | 'processing' | 'running' | 'pending' | 'exempt';

/** The profile process (its hint may carry a `formId`; it is still answered with direct category keys). */
export type ProfileProcess = KycProcess;
export type ProfileHint = KycHint;
