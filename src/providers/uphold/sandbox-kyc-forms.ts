// The hints behind the sandbox's four form processes besides the profile (questionnaires and tax details): loaded
// by sandbox-kyc with the first call that reads or writes one, so the profile's first load does without them.
import { taxConflict } from './sandbox-checks';
import {
  cryptoRiskAssessmentHint,
  customerDueDiligenceHint,
  selfCategorizationHint,
} from './sandbox-questionnaires';
import { taxDetailsHint, taxPrefill } from './sandbox-tax';
import type { KycHint, UpholdErrorBody } from './uphold-types';

type Input = Record<string, unknown>;

/** What a form process needs from the profile (kept by the profile's own handlers). */
export interface ProfileDetails {
  details(): Input;
}

export interface FormProcess {
  hint(answers: Input, profile: ProfileDetails): KycHint;
  /** Values Uphold fills in itself (shown, not yet answered). */
  prefill?(answers: Input): Input;
  conflict?(category: string, value: Input, profile: ProfileDetails): UpholdErrorBody | undefined;
}

export const FORM_PROCESSES: Record<string, FormProcess> = {
  customerDueDiligence: { hint: customerDueDiligenceHint },
  cryptoRiskAssessment: { hint: cryptoRiskAssessmentHint },
  selfCategorizationStatement: { hint: selfCategorizationHint },
  taxDetails: {
    hint: (answers, profile) => taxDetailsHint(answers, profile.details().primaryCitizenship === 'US'),
    prefill: taxPrefill,
    conflict: (category, value, profile) => taxConflict(category, value, profile.details().fullName),
  },
};
