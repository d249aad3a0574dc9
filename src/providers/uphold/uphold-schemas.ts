// Uphold's answers parsed once, at the edge (valibot): the KYC overview, one process, a PATCH answer, an error
// body and the country list. What passes is typed; what does not is a clear UpholdResponseError, never a cast.
import * as v from 'valibot';
import type { JsonSchema7, UISchemaElement } from '@jsonforms/core';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An answer from Uphold that does not have the shape its contract documents. */
export class UpholdResponseError extends Error {
  constructor(what: string, issues: string) {
    super(`Uphold sent ${what} this editor cannot read (${issues}).`);
    this.name = 'UpholdResponseError';
  }
}

const ObjectValue = v.custom<Record<string, unknown>>(isRecord, 'must be an object');

export type Presence = 'required' | 'optional' | 'disallowed';

/** One field's rule in the flat profile (`verification.rules`); objects nest their fields' rules. */
export interface FieldRule {
  presence: Presence;
  editable: boolean;
  rules?: Record<string, FieldRule> | undefined;
}

const FieldRuleSchema: v.GenericSchema<FieldRule> = v.object({
  presence: v.picklist(['required', 'optional', 'disallowed']),
  editable: v.boolean(),
  rules: v.optional(
    v.record(
      v.string(),
      v.lazy(() => FieldRuleSchema),
    ),
  ),
});

export const VerificationSchema = v.object({
  /** 'uphold-verified', 'partner-verified' (or 'none'). */
  model: v.optional(v.string()),
  /** 'manual' (someone must answer) or 'automatic' (Uphold runs it). */
  method: v.optional(v.string()),
  /** Processes that must be completed first (kebab-case or camelCase names). */
  dependencies: v.optional(v.array(v.string()), []),
  /** With method 'automatic': the processes whose completion starts it. */
  triggers: v.optional(v.array(v.string())),
  rules: v.optional(v.record(v.string(), FieldRuleSchema)),
});

const WarningSchema = v.object({
  code: v.string(),
  message: v.optional(v.string()),
  details: v.optional(v.looseObject({ property: v.optional(v.string()) })),
  property: v.optional(v.string()),
});

const ProcessSchema = v.object({
  code: v.optional(v.string()),
  /** 'pending', 'processing'/'running', 'ok', 'failed', 'exempt' — or a status added later. */
  status: v.string(),
  verification: v.optional(VerificationSchema),
  input: v.optional(ObjectValue),
  output: v.optional(v.unknown()),
  /** Checked by readHint, which explains what is wrong with it. */
  hint: v.optional(v.unknown()),
  warnings: v.optional(v.object({ input: v.optional(v.array(WarningSchema)) })),
});

export type Verification = v.InferOutput<typeof VerificationSchema>;
export type InputWarning = v.InferOutput<typeof WarningSchema>;
/** One KYC process as `GET /core/kyc?detailed=<key>` or its PATCH answers it. */
export type KycProcess = v.InferOutput<typeof ProcessSchema>;

const UNREADABLE: KycProcess = { status: 'unknown' };

const OverviewSchema = v.object({
  summary: v.optional(v.object({ status: v.optional(v.string()), reason: v.optional(v.string()) }), {}),
  processes: v.record(v.string(), v.unknown()),
});

export interface KycOverview {
  summary: { status?: string | undefined; reason?: string | undefined };
  /** By camelCase key; a process whose entry cannot be read has status 'unknown'. */
  processes: Record<string, KycProcess>;
}

function parsed<T extends v.GenericSchema>(schema: T, value: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issues = result.issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'the answer'}: ${issue.message}`)
    .join('; ');
  throw new UpholdResponseError(what, issues);
}

/** `GET /core/kyc`: every process's summary; one malformed entry does not hide the others. */
export function parseOverview(data: unknown): KycOverview {
  const overview = parsed(OverviewSchema, data, 'a KYC overview');
  const processes = Object.fromEntries(
    Object.entries(overview.processes).map(([key, raw]) => {
      const process = v.safeParse(ProcessSchema, raw);
      return [key, process.success ? process.output : UNREADABLE];
    }),
  );
  return { summary: overview.summary, processes };
}

/** The one process asked for in detail (or answered by a PATCH), read strictly; undefined when absent. */
function parseProcess(raw: unknown, key: string): KycProcess | undefined {
  if (raw === undefined) return undefined;
  return parsed(ProcessSchema, raw, `the ${key} process in a form`);
}

/** `GET /core/kyc?detailed=<key>`: that process, strictly (the others are not needed). */
export const parseDetailed = (data: unknown, key: string): KycProcess | undefined =>
  parseProcess(parsed(OverviewSchema, data, 'a KYC overview').processes[key], key);

/** A PATCH answer wraps the process in its camelCase key: `{ "customerDueDiligence": { … } }`. */
export function parsePatchAnswer(data: unknown, key: string): KycProcess | undefined {
  const answer = parsed(v.record(v.string(), v.unknown()), data, `an answer to a ${key} update`);
  return parseProcess(answer[key], key);
}

export const HintSchema = v.object({
  type: v.literal('form'),
  formId: v.optional(v.string()),
  schema: v.custom<JsonSchema7>(isRecord),
  uiSchema: v.custom<UISchemaElement>((value) => isRecord(value) && typeof value.type === 'string'),
});

/** A process's `hint`: a JSON Forms schema + uiSchema, and the form's id for questionnaires. */
export type KycHint = v.InferOutput<typeof HintSchema>;

export const parseHint = (value: unknown): KycHint => parsed(HintSchema, value, 'a form');

const ErrorBodySchema = v.object({
  code: v.string(),
  message: v.optional(v.string(), ''),
  details: v.optional(
    v.looseObject({
      property: v.optional(v.string()),
      context: v.optional(v.string()),
      rule: v.optional(v.string()),
      reasons: v.optional(v.array(v.string())),
      violations: v.optional(
        v.array(
          v.object({
            property: v.optional(v.string()),
            rule: v.optional(v.string()),
            ruleParams: v.optional(v.unknown()),
            message: v.optional(v.string()),
          }),
        ),
      ),
    }),
  ),
});

/** Uphold's error body: `{ code, message, details }`. */
export type UpholdErrorBody = v.InferOutput<typeof ErrorBodySchema>;

/** The error body, or undefined when the answer was not one (a proxy's HTML page, an empty body). */
export function parseErrorBody(body: unknown): UpholdErrorBody | undefined {
  const result = v.safeParse(ErrorBodySchema, body);
  return result.success ? result.output : undefined;
}

const RestrictionsSchema = v.optional(v.array(v.object({ scope: v.string() })));

const CountriesSchema = v.object({
  countries: v.array(
    v.object({
      code: v.string(),
      name: v.string(),
      asset: v.optional(v.string()),
      restrictions: RestrictionsSchema,
      subdivisions: v.optional(
        v.array(v.object({ code: v.string(), name: v.string(), restrictions: RestrictionsSchema })),
      ),
    }),
  ),
});

export type UpholdCountry = v.InferOutput<typeof CountriesSchema>['countries'][number];
export type UpholdSubdivision = NonNullable<UpholdCountry['subdivisions']>[number];

export const parseCountries = (data: unknown): UpholdCountry[] =>
  parsed(CountriesSchema, data, 'a country list').countries;
