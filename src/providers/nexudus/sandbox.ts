// Nexudus sandbox: the customer profile read, the partial PATCH (applies only the sent fields, validates and
// answers the ActionConfirmation envelope), and the public country list. State persists across reloads.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { parseSeed } from '../../sandbox/seed';
import { nexudusMessages } from './nexudus-messages';
import type { ProviderSandbox } from '../types';
import type { NexudusCoworker } from './nexudus-api';
import type { ActionConfirmation, NexudusFieldMessage } from './nexudus-errors';
import { SEED_PASSWORD, sandboxCountries, seedCoworker } from './sandbox-data';
import { checkPatch } from './sandbox-rules';

interface SandboxState {
  coworker: NexudusCoworker;
  /** A digest, not the password: even the sandbox keeps no password in storage. */
  passwordDigest: string;
}

/** FNV-1a, enough to compare a typed password with the stored one without keeping it. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

const state = createPersistedStore<SandboxState>('nexudus.profile', () => ({
  coworker: seedCoworker(),
  passwordDigest: digest(SEED_PASSWORD),
}));

const countryIds: ReadonlySet<number> = new Set(sandboxCountries.map((c) => c.Id));

const confirmation = (status: number, extra: Partial<ActionConfirmation> = {}) =>
  HttpResponse.json<ActionConfirmation>(
    { WasSuccessful: status < 400, Value: null, Status: status, Message: null, Errors: null, ...extra },
    { status },
  );

const refused = (errors: NexudusFieldMessage[], message = 'One or more fields failed validation.') =>
  confirmation(400, { Message: message, Errors: errors });

/** A customer bearer token is required; the `unauthorized` scenario refuses every token. */
function authFailure(request: Request) {
  const header = request.headers.get('Authorization') ?? '';
  if (isScenarioActive('nexudus', 'unauthorized') || !/^Bearer \S+/.test(header)) {
    return HttpResponse.json(
      { Message: 'Authorization has been denied for this request.' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    );
  }
  return undefined;
}

const PASSWORDS = ['OldPassword', 'NewPassword', 'RepeatNewPassword'];

/** A seed sets any of the coworker's own fields (as the read returns them), never a password. */
const seedSchema = v.strictObject(
  Object.fromEntries(
    Object.keys(seedCoworker()).map((key) => [
      key,
      v.optional(v.union([v.string(), v.number(), v.boolean(), v.null()])),
    ]),
  ),
);

export const nexudusSandbox: ProviderSandbox = {
  scenarios: [
    {
      name: 'unauthorized',
      applies: 'now',
      get description() {
        return nexudusMessages.t('scenarios.unauthorized');
      },
    },
    {
      name: 'load-error',
      applies: 'reload',
      get description() {
        return nexudusMessages.t('scenarios.loadError');
      },
    },
  ],
  examples: [{ params: {}, description: 'Jane Doe, London (password coworking1)' }],
  reset: () => state.reset(),
  seed(_params, record) {
    const fields = parseSeed(seedSchema, record, 'nexudus');
    state.update((current) => ({ ...current, coworker: { ...current.coworker, ...fields } }));
  },
  handlers(baseUrl) {
    return [
      http.get(`${baseUrl}/api/public/countries`, () => HttpResponse.json({ Countries: sandboxCountries })),
      http.get(`${baseUrl}/en/profile`, ({ request }) => {
        const denied = authFailure(request);
        if (denied) return denied;
        if (new URL(request.url).searchParams.get('_resource') !== 'Coworker') {
          return HttpResponse.json({ Message: 'Unknown resource.' }, { status: 404 });
        }
        if (isScenarioActive('nexudus', 'load-error'))
          return confirmation(500, { Message: 'Internal error.' });
        return HttpResponse.json({ Coworker: state.get().coworker });
      }),
      http.patch(`${baseUrl}/api/public/coworker/profile`, async ({ request }) => {
        const denied = authFailure(request);
        if (denied) return denied;
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          return refused([], 'The request body is not valid JSON.');
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          return refused([], 'The request body must be a JSON object.');
        }
        const current = state.get();
        const errors = checkPatch({
          body: body as Record<string, unknown>,
          countryIds,
          passwordIsCurrent: (password) => digest(password) === current.passwordDigest,
        });
        if (errors.length > 0) return refused(errors);
        const changes = body as Record<string, unknown>;
        state.update(({ coworker, passwordDigest }) => {
          const next: NexudusCoworker = { ...coworker };
          for (const [key, value] of Object.entries(changes)) if (!PASSWORDS.includes(key)) next[key] = value;
          return {
            coworker: next,
            passwordDigest:
              typeof changes.NewPassword === 'string' ? digest(changes.NewPassword) : passwordDigest,
          };
        });
        return confirmation(200);
      }),
    ];
  },
};
