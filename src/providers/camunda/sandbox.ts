// Camunda 7 sandbox: the engine-rest user profile endpoints, seeded with Camunda's demo users.
import { camundaMessages } from './camunda-messages';
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { parseSeed, seedParam, seedText } from '../../sandbox/seed';
import type { ProviderSandbox } from '../types';
import type { CamundaProfile } from './camunda-api';

const seedUsers = (): Record<string, CamundaProfile> => ({
  demo: { id: 'demo', firstName: 'Demo', lastName: 'Demo', email: 'demo@camunda.org' },
  john: { id: 'john', firstName: 'John', lastName: 'Doe', email: 'john@camunda.org' },
  mary: { id: 'mary', firstName: 'Mary', lastName: 'Anne', email: 'mary@camunda.org' },
  peter: { id: 'peter', firstName: 'Peter', lastName: 'Meter', email: 'peter@camunda.org' },
});

const users = createPersistedStore('camunda.users', seedUsers);

const exception = (status: number, type: string, message: string, headers?: Record<string, string>) =>
  HttpResponse.json({ type, message }, { status, ...(headers && { headers }) });

const notFound = (id: string) =>
  exception(404, 'InvalidRequestException', `User with id ${id} does not exist`);

/** Auth is off by default (as in a fresh Camunda Run); the `unauthorized` scenario turns it on and refuses. */
function authFailure(request: Request) {
  if (!isScenarioActive('camunda', 'unauthorized')) return undefined;
  void request;
  return new HttpResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="default"' } });
}

const readOnly = () => isScenarioActive('camunda', 'read-only');

const seedSchema = v.strictObject({
  firstName: v.optional(seedText),
  lastName: v.optional(seedText),
  email: v.optional(seedText),
});

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const camundaSandbox: ProviderSandbox = {
  scenarios: [
    {
      name: 'read-only',
      applies: 'reload',
      get description() {
        return camundaMessages.t('scenarios.readOnly');
      },
    },
    {
      name: 'unauthorized',
      applies: 'now',
      get description() {
        return camundaMessages.t('scenarios.unauthorized');
      },
    },
    {
      name: 'load-error',
      applies: 'reload',
      get description() {
        return camundaMessages.t('scenarios.loadError');
      },
    },
  ],
  examples: [
    { params: { userId: 'demo' }, description: 'Demo Demo' },
    { params: { userId: 'john' }, description: 'John Doe' },
    { params: { userId: 'mary' }, description: 'Mary Anne' },
    { params: { userId: 'peter' }, description: 'Peter Meter' },
  ],
  reset: () => users.reset(),
  seed(params, record) {
    const id = seedParam(params, 'userId', 'camunda');
    const fields = parseSeed(seedSchema, record, 'camunda');
    users.update((all) => {
      const current = all[id] ?? { id, firstName: null, lastName: null, email: null };
      return { ...all, [id]: { ...current, ...fields, id } };
    });
  },
  handlers(baseUrl) {
    return [
      http.get(`${baseUrl}/user/:id/profile`, ({ request, params }) => {
        const denied = authFailure(request);
        if (denied) return denied;
        if (isScenarioActive('camunda', 'load-error')) {
          return exception(500, 'ProcessEngineException', 'Cannot connect to the identity database');
        }
        const id = String(params.id);
        const user = users.get()[id];
        return user ? HttpResponse.json(user) : notFound(id);
      }),
      http.options(`${baseUrl}/user/:id`, ({ request, params }) => {
        const denied = authFailure(request);
        if (denied) return denied;
        const id = String(params.id);
        if (!users.get()[id]) return notFound(id);
        const self = `${baseUrl}/user/${id}/profile`;
        const links = [{ method: 'GET', href: self, rel: 'self' }];
        if (!readOnly()) {
          links.push({ method: 'DELETE', href: `${baseUrl}/user/${id}`, rel: 'delete' });
          links.push({ method: 'PUT', href: self, rel: 'update' });
        }
        return HttpResponse.json({ links });
      }),
      http.put(`${baseUrl}/user/:id/profile`, async ({ request, params }) => {
        const denied = authFailure(request);
        if (denied) return denied;
        const id = String(params.id);
        if (readOnly()) {
          return exception(403, 'InvalidRequestException', 'Identity service implementation is read-only.');
        }
        let body: Record<string, unknown>;
        try {
          body = (await request.json()) as Record<string, unknown>;
        } catch {
          return exception(400, 'InvalidRequestException', 'The request body is not valid JSON.');
        }
        if (!users.get()[id]) return notFound(id);
        if (body.id !== undefined && body.id !== id) {
          return exception(
            400,
            'InvalidRequestException',
            `The id "${JSON.stringify(body.id)}" in the body does not match the user id "${id}".`,
          );
        }
        // Camunda replaces every field: one left out becomes null.
        users.update((all) => ({
          ...all,
          [id]: {
            id,
            firstName: asText(body.firstName),
            lastName: asText(body.lastName),
            email: asText(body.email),
          },
        }));
        return new HttpResponse(null, { status: 204 });
      }),
    ];
  },
};
