// The sandbox's KYC overview and the four form processes besides the profile: `GET /core/kyc` (statuses,
// verification, `?detailed=` inputs and hints) and `PATCH /core/kyc/processes/<kebab-case>` (one category, in the
// style the process's contract calls for, validated against its current hint). Statuses move: pending →
// processing (answered the last category; shown so by the next read of the overview) → ok.
import { http } from 'msw';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { readCategory, schemaViolations, validationFailed } from './sandbox-checks';
import type { FormProcess } from './sandbox-kyc-forms';
import { processKeyOf, requestStyleOf, toSegment } from './uphold-processes';
import type { KycProcess } from './uphold-types';

type Input = Record<string, unknown>;
type Reply = (body: unknown, status?: number, headers?: Record<string, string>) => Response;

const isObject = (value: unknown): value is Input =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface KycState {
  /** Answers per process, by category. */
  answers: Record<string, Input>;
  /** Processes whose last category was answered: 'processing' until the overview is read once more. */
  finished: Record<string, 'processing' | 'ok'>;
}

const state = createPersistedStore<KycState>('uphold.kyc', () => ({ answers: {}, finished: {} }));

const active = (name: string) => isScenarioActive('uphold', name);

/** What the sandbox needs from the profile (kept by the profile's own handlers). */
export interface ProfileAccess {
  process(): KycProcess;
  details(): Input;
}

/**
 * The form processes besides the profile and what each waits for. Their hints (sandbox-kyc-forms) load with the
 * first call that reads or writes one: the overview's statuses and the profile do without them.
 */
const FORM_DEPENDENCIES: Record<string, string[]> = {
  customerDueDiligence: [],
  cryptoRiskAssessment: [],
  selfCategorizationStatement: [],
  taxDetails: ['profile', 'address'],
};

let formProcesses: Record<string, FormProcess> | undefined;
async function loadFormProcesses(): Promise<Record<string, FormProcess>> {
  formProcesses ??= (await import('./sandbox-kyc-forms')).FORM_PROCESSES;
  return formProcesses;
}

const verification = (dependencies: string[]) => ({
  model: 'uphold-verified',
  method: 'manual',
  dependencies,
});

const answersOf = (key: string): Input => state.get().answers[key] ?? {};

function isComplete(process: FormProcess, answers: Input, profile: ProfileAccess): boolean {
  const hint = process.hint(answers, profile);
  const keys = Object.keys(hint.schema.properties ?? {});
  return keys.every((k) => answers[k] !== undefined) && schemaViolations(hint.schema, answers).length === 0;
}

function statusOf(key: string): string {
  if (key === 'cryptoRiskAssessment' && active('process-failed')) return 'failed';
  if (key === 'selfCategorizationStatement' && active('process-exempt')) return 'exempt';
  return state.get().finished[key] ?? 'pending';
}

/** Every process of a new user in the sandbox, with its status and verification. */
function summaries(profile: ProfileAccess): Record<string, KycProcess> {
  const profileDone = profile.process().status === 'ok';
  const done = (dependencies: string[]) => ({ status: 'ok', verification: verification(dependencies) });
  return {
    email: done([]),
    phone: done([]),
    profile: { status: profile.process().status, verification: verification([]) },
    address: done([]),
    identity: done([]),
    proofOfAddress: { status: 'exempt', verification: verification([]) },
    ...Object.fromEntries(
      Object.entries(FORM_DEPENDENCIES).map(([key, dependencies]) => [
        key,
        { status: statusOf(key), verification: verification(dependencies) },
      ]),
    ),
    screening: {
      status: profileDone ? 'ok' : 'pending',
      verification: {
        model: 'uphold-verified',
        method: 'automatic',
        dependencies: [],
        triggers: ['profile'],
      },
    },
  };
}

function detailed(key: string, forms: Record<string, FormProcess>, profile: ProfileAccess): KycProcess {
  const process = forms[key];
  const dependencies = FORM_DEPENDENCIES[key];
  if (!process || !dependencies) throw new Error(`not a form process: ${key}`);
  const answers = answersOf(key);
  const hint = process.hint(answers, profile);
  const style = requestStyleOf(key, Object.keys(hint.schema.properties ?? {}));
  const shown = { ...answers, ...process.prefill?.(answers) };
  const input =
    Object.keys(shown).length === 0
      ? undefined
      : style === 'direct'
        ? shown
        : { formId: hint.formId, answers: shown };
  return {
    code: toSegment(key),
    status: statusOf(key),
    verification: verification(dependencies),
    ...(input && { input }),
    hint,
  };
}

/** Reading the overview finishes the checks that were running. */
function finishChecks() {
  const { finished } = state.get();
  if (!Object.values(finished).includes('processing')) return;
  state.update((s) => ({
    ...s,
    finished: Object.fromEntries(Object.entries(s.finished).map(([key]) => [key, 'ok' as const])),
  }));
}

/** `GET /core/kyc`: every process; `?detailed=` (repeatable or comma-separated) adds input and hint. */
export async function overview(url: URL, profile: ProfileAccess, reply: Reply) {
  const wanted = url.searchParams
    .getAll('detailed')
    .flatMap((value) => value.split(','))
    .map(processKeyOf);
  const forms = wanted.some((key) => key && key in FORM_DEPENDENCIES) ? await loadFormProcesses() : {};
  const processes = summaries(profile);
  finishChecks();
  for (const key of wanted) {
    if (key === 'profile') processes.profile = profile.process();
    else if (key && forms[key]) processes[key] = detailed(key, forms, profile);
  }
  const complete = Object.values(processes).every((p) => p.status === 'ok' || p.status === 'exempt');
  return reply({ summary: { status: complete ? 'ok' : 'pending', reason: 'none' }, processes });
}

const blocked = (dependencies: string[], profile: ProfileAccess) =>
  dependencies.some((dependency) => summaries(profile)[dependency]?.status !== 'ok');

/** `PATCH /core/kyc/processes/<kebab-case>` for the four form processes besides the profile. */
export async function patch(segment: string, body: unknown, profile: ProfileAccess, reply: Reply) {
  const key = processKeyOf(segment);
  const dependencies = key ? FORM_DEPENDENCIES[key] : undefined;
  if (!key || !dependencies || toSegment(key) !== segment) {
    return reply({ code: 'not_found', message: 'The process does not exist' }, 404);
  }
  const forms = await loadFormProcesses();
  const process = forms[key];
  if (!process) throw new Error(`not a form process: ${key}`);
  if (!isObject(body)) return reply(validationFailed([{ property: 'input', rule: 'required' }]), 400);
  if (blocked(dependencies, profile)) {
    return reply(
      {
        code: 'operation_not_allowed',
        message: 'The dependencies of this process are not completed',
        details: { reasons: ['dependencies-not-completed'] },
      },
      409,
    );
  }
  const hint = process.hint(answersOf(key), profile);
  const style = requestStyleOf(key, Object.keys(hint.schema.properties ?? {}));
  const read = readCategory(body, hint, style);
  if ('error' in read) return reply(read.error, read.status ?? 400);
  const conflictBody = process.conflict?.(read.category, read.value, profile);
  if (conflictBody) return reply(conflictBody, 409);
  const answers = { ...answersOf(key), [read.category]: read.value };
  const complete = isComplete(process, answers, profile);
  state.update((s) => {
    const finished = { ...s.finished };
    if (complete) finished[key] = 'processing';
    else delete finished[key];
    return { answers: { ...s.answers, [key]: answers }, finished };
  });
  return reply({ [key]: detailed(key, forms, profile) });
}

export const resetKyc = () => state.reset();

/** The handlers, given the profile's state and the shared checks (auth, rate limit) and reply. */
export function kycHandlers(
  baseUrl: string,
  profile: ProfileAccess,
  guard: (request: Request, write: boolean) => Response | undefined,
  reply: Reply,
) {
  return [
    http.get(
      `${baseUrl}/core/kyc`,
      async ({ request }) => guard(request, false) ?? (await overview(new URL(request.url), profile, reply)),
    ),
    http.patch(`${baseUrl}/core/kyc/processes/:process`, async ({ request, params }) => {
      const refused = guard(request, true);
      if (refused) return refused;
      const body: unknown = await request.json().catch(() => undefined);
      return patch(String(params.process), body, profile, reply);
    }),
  ];
}
