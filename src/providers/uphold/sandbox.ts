// Uphold sandbox at Uphold's real URLs: the profile PATCH (validated against the current hint, the contract's 409
// checks, progressive disclosure), the KYC overview and the other form processes (sandbox-kyc), the country list.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { parseSeed } from '../../sandbox/seed';
import type { ProviderSandbox } from '../types';
import { addressConflict, detailsConflict, schemaViolations, validationFailed } from './sandbox-checks';
import { FLAT_RULES, FLAT_SEED, sandboxCountries, sandboxHint } from './sandbox-data';
import { kycHandlers, resetKyc } from './sandbox-kyc';
import { upholdMessages } from './uphold-messages';
import type { InputWarning, ProfileProcess, UpholdErrorBody } from './uphold-types';

type Input = Record<string, unknown>;

interface SandboxState {
  /** What the user answered through the hint, by top-level key (`details`, `address`). */
  hintInput: Input;
  /** The flat profile (scenario `flat-profile`). */
  flatInput: Input;
}

const state = createPersistedStore<SandboxState>('uphold.profile', () => ({
  hintInput: {},
  flatInput: structuredClone(FLAT_SEED),
}));

/** A seed answers categories of the profile process by key, e.g. { details: { fullName: 'Ann Lee' } }. */
const seedSchema = v.record(v.string(), v.record(v.string(), v.unknown()));

const active = (name: string) => isScenarioActive('uphold', name);

const headers = () => ({ 'x-uphold-request-id': crypto.randomUUID() });
const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { ...headers(), ...extra } });
const error = (status: number, body: UpholdErrorBody, extra?: Record<string, string>) =>
  json(body, status, extra);

const isObject = (value: unknown): value is Input =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stageOf(input: Input) {
  const details = isObject(input.details) ? input.details : {};
  return {
    detailsAnswered: ['fullName', 'primaryCitizenship', 'birthdate'].every((k) => details[k] !== undefined),
    secondCategory: active('second-category'),
    unknownQuestion: active('unknown-question'),
    accountQuestions: active('account-questions'),
  };
}

function hintProcess(input: Input): ProfileProcess {
  const hint = sandboxHint(stageOf(input));
  const complete = stageOf(input).detailsAnswered && schemaViolations(hint.schema, input).length === 0;
  return {
    code: 'profile',
    status: complete ? 'ok' : 'pending',
    verification: { model: 'uphold-verified', method: 'manual', dependencies: [] },
    ...(Object.keys(input).length > 0 && { input }),
    hint,
  };
}

function flatProcess(input: Input, warnings: InputWarning[] = []): ProfileProcess {
  return {
    code: 'profile',
    status: 'ok',
    verification: { model: 'uphold-verified', method: 'manual', dependencies: [], rules: FLAT_RULES },
    input,
    ...(warnings.length > 0 && { warnings: { input: warnings } }),
  };
}

const currentProcess = () =>
  active('flat-profile') ? flatProcess(state.get().flatInput) : hintProcess(state.get().hintInput);

function denied(request: Request) {
  if (active('unauthorized')) {
    return error(401, { code: 'token_expired', message: 'The access token has expired' });
  }
  if (!/^Bearer \S+/.test(request.headers.get('Authorization') ?? '')) {
    return error(401, { code: 'token_invalid', message: 'The access token is invalid' });
  }
  return undefined;
}

const rateLimited = () =>
  error(429, { code: 'too_many_requests', message: 'Too many requests' }, { 'Retry-After': '30' });

/** Checks every call shares: the token, the scenarios that refuse reads or writes. */
function guard(request: Request, write: boolean) {
  const refused = denied(request);
  if (refused) return refused;
  if (write && active('rate-limited')) return rateLimited();
  if (!write && active('load-error')) {
    return error(500, { code: 'internal_server_error', message: 'Internal server error' });
  }
  return undefined;
}

const profileAccess = {
  process: currentProcess,
  details: () => {
    const input = active('flat-profile') ? state.get().flatInput : state.get().hintInput.details;
    return isObject(input) ? input : {};
  },
};

/** A PATCH through the hint: exactly one key the hint asks for, valid, and past the 409 checks. */
function patchThroughHint(input: Input) {
  const keys = Object.keys(input);
  const hint = sandboxHint(stageOf(state.get().hintInput));
  const properties = (hint.schema as { properties: Record<string, object> }).properties;
  if (keys.length !== 1) {
    return error(
      400,
      validationFailed([
        {
          property: 'input',
          rule: keys.length === 0 ? 'minProperties' : 'maxProperties',
          ruleParams: { limit: 1 },
        },
      ]),
    );
  }
  const key = keys[0] as string;
  if (!(key in properties)) {
    return error(
      400,
      validationFailed([
        { property: `input.${key}`, rule: 'additionalProperties', ruleParams: { additionalProperty: key } },
      ]),
    );
  }
  const violations = schemaViolations(
    { type: 'object', properties: { [key]: properties[key] }, required: [key] },
    input,
  );
  if (violations.length > 0) return error(400, validationFailed(violations));
  const value = input[key] as Input;
  const conflictBody =
    key === 'details'
      ? (detailsConflict(value, 'input.details') ?? citizenshipLocked(value))
      : key === 'address'
        ? addressConflict(value, 'input.address')
        : undefined;
  if (conflictBody) return error(409, conflictBody);
  const next = state.update((s) => ({ ...s, hintInput: { ...s.hintInput, [key]: value } }));
  return json({ profile: hintProcess(next.hintInput) });
}

/** Scenario `citizenship-locked`: the contract's (deprecated) refusal to change the citizenship. */
function citizenshipLocked(details: Input): UpholdErrorBody | undefined {
  if (!active('citizenship-locked')) return undefined;
  const before = (state.get().hintInput.details as Input | undefined)?.primaryCitizenship;
  if (before === undefined || before === details.primaryCitizenship) return undefined;
  return {
    code: 'operation_not_allowed',
    message: "Partner-verified 'identity' is required to update citizenship country",
    details: { reasons: ['citizenship-country-update-non-authoritative-identity'] },
  };
}

const FLAT_KEYS = Object.keys(FLAT_RULES);

/** A flat PATCH: known keys only; fields the rules do not let change are ignored with a warning. */
function patchFlat(input: Input) {
  const unknown = Object.keys(input).filter((key) => !FLAT_KEYS.includes(key));
  if (unknown.length > 0) {
    return error(
      400,
      validationFailed(unknown.map((key) => ({ property: `input.${key}`, rule: 'additionalProperties' }))),
    );
  }
  const conflictBody =
    detailsConflict(input, 'input') ??
    (isObject(input.address) ? addressConflict(input.address, 'input.address') : undefined);
  if (conflictBody) return error(409, conflictBody);
  const warnings: InputWarning[] = [];
  const accepted: Input = {};
  for (const [key, value] of Object.entries(input)) {
    const rule = FLAT_RULES[key];
    // Scenario `flat-name-locked`: the name became non-editable after the form was loaded.
    const editable = rule?.editable && !(key === 'fullName' && active('flat-name-locked'));
    if (!editable || rule?.presence === 'disallowed') {
      warnings.push({
        code: 'verification_rule_violated',
        message: 'The field is not editable',
        details: { property: `input.${key}` },
      });
    } else {
      accepted[key] = value;
    }
  }
  const next = state.update((s) => ({ ...s, flatInput: { ...s.flatInput, ...accepted } }));
  return json({ profile: flatProcess(next.flatInput, warnings) });
}

export const upholdSandbox: ProviderSandbox = {
  scenarios: [
    {
      name: 'second-category',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.secondCategory');
      },
    },
    {
      name: 'account-questions',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.accountQuestions');
      },
    },
    {
      name: 'unknown-question',
      applies: 'reload',
      get description() {
        return upholdMessages.t('scenarios.unknownQuestion');
      },
    },
    {
      name: 'flat-profile',
      applies: 'reload',
      get description() {
        return upholdMessages.t('scenarios.flatProfile');
      },
    },
    {
      name: 'flat-name-locked',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.flatNameLocked');
      },
    },
    {
      name: 'citizenship-locked',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.citizenshipLocked');
      },
    },
    {
      name: 'unauthorized',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.unauthorized');
      },
    },
    {
      name: 'rate-limited',
      applies: 'now',
      get description() {
        return upholdMessages.t('scenarios.rateLimited');
      },
    },
    {
      name: 'load-error',
      applies: 'reload',
      get description() {
        return upholdMessages.t('scenarios.loadError');
      },
    },
    {
      name: 'process-failed',
      applies: 'reload',
      get description() {
        return upholdMessages.t('scenarios.processFailed');
      },
    },
    {
      name: 'process-exempt',
      applies: 'reload',
      get description() {
        return upholdMessages.t('scenarios.processExempt');
      },
    },
  ],
  examples: [
    { params: { process: 'profile' }, description: 'The KYC profile of a new customer with no answers yet' },
    { params: {}, description: 'The KYC overview of that customer: every process and what it waits for' },
  ],
  reset: () => {
    state.reset();
    resetKyc();
  },
  seed(_params, record) {
    const answers = parseSeed(seedSchema, record, 'uphold');
    state.update((current) => {
      const hintInput = { ...current.hintInput };
      for (const [key, value] of Object.entries(answers)) {
        const before = hintInput[key];
        hintInput[key] = { ...(typeof before === 'object' && before !== null ? before : {}), ...value };
      }
      return { ...current, hintInput };
    });
  },
  handlers(baseUrl) {
    return [
      http.patch(`${baseUrl}/core/kyc/processes/profile`, async ({ request }) => {
        const refused = guard(request, true);
        if (refused) return refused;
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          return error(400, { code: 'bad_request', message: 'The request body is not valid JSON' });
        }
        if (!isObject(body) || !isObject(body.input)) {
          return error(400, validationFailed([{ property: 'input', rule: 'required' }]));
        }
        return active('flat-profile') ? patchFlat(body.input) : patchThroughHint(body.input);
      }),
      // After the profile's own PATCH, so `/processes/profile` is answered there.
      ...kycHandlers(baseUrl, profileAccess, guard, (body, status, extra) => json(body, status, extra)),
      http.get(`${baseUrl}/core/countries`, ({ request }) => {
        const refused = denied(request);
        if (refused) return refused;
        return json({ countries: sandboxCountries(request.headers.get('Accept-Language')) });
      }),
    ];
  },
};
