// The shapes of Uphold's Core API answers this provider reads (KYC overview, profile process, countries, errors).
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';

export type ProcessStatus = 'ok' | 'failed' | 'running' | 'pending' | 'exempt';
export type VerificationModel = 'none' | 'partner-verified' | 'uphold-verified';
export type Presence = 'required' | 'optional' | 'disallowed';

/** One field's rule in the flat profile (`verification.rules`); objects nest their fields' rules. */
export interface FieldRule {
  presence: Presence;
  editable: boolean;
  rules?: Record<string, FieldRule>;
}

export interface Verification {
  model?: VerificationModel;
  method?: 'automatic' | 'manual';
  triggers?: string[];
  dependencies?: string[];
  rules?: Record<string, FieldRule>;
}

export interface ProfileHint {
  type: 'form';
  formId?: string;
  schema: JsonSchema;
  uiSchema: UISchemaElement;
}

export interface InputWarning {
  code: string;
  message?: string;
  details?: { property?: string; [key: string]: unknown };
  property?: string;
}

export interface ProfileProcess {
  code: 'profile';
  status: ProcessStatus;
  verification?: Verification;
  input?: Record<string, unknown>;
  hint?: ProfileHint;
  warnings?: { input?: InputWarning[] };
}

export interface KycOverview {
  summary?: { status?: string; reason?: string };
  processes: { profile?: ProfileProcess; [process: string]: unknown };
}

export interface UpdateProfileResponse {
  profile: ProfileProcess;
}

/** Restriction scopes Uphold uses: citizenship, geolocation, phone, residence (others may appear). */
export type RestrictionScope = string;

export interface UpholdSubdivision {
  code: string;
  name: string;
  restrictions?: Array<{ scope: string }>;
}

export interface UpholdCountry {
  code: string;
  name: string;
  asset?: string;
  restrictions?: Array<{ scope: string }>;
  subdivisions?: UpholdSubdivision[];
}

export interface CountriesResponse {
  countries: UpholdCountry[];
}

/** Uphold's error body: `{ code, message, details }`. */
export interface UpholdErrorBody {
  code: string;
  message: string;
  details?: {
    property?: string;
    context?: string;
    rule?: string;
    threshold?: { limit: number; unit: string };
    reasons?: string[];
    violations?: Array<{ property?: string; rule?: string; ruleParams?: unknown; message?: string }>;
    [key: string]: unknown;
  };
}
