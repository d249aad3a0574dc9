// Acme's sandbox: one member, persisted, at Acme's URLs.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import type { ProviderSandbox } from '../../providers/types';
import { createPersistedStore } from '../../sandbox/persisted-state';
import type { AcmeMember } from './provider';

const memberSchema = v.object({ nickname: v.string(), city: v.string() });

const members = createPersistedStore<Record<string, AcmeMember>>('acme.members', () => ({
  '7': { nickname: 'Seven', city: 'Lyon' },
}));

export const acmeSandbox: ProviderSandbox = {
  scenarios: [],
  examples: [{ params: { memberId: '7' }, description: 'Seven, Lyon' }],
  reset: () => members.reset(),
  seed(params, record) {
    const id = params.memberId ?? '7';
    members.update((all) => ({
      ...all,
      [id]: v.parse(memberSchema, { nickname: '', city: '', ...all[id], ...record }),
    }));
  },
  handlers: (baseUrl) => [
    http.get(`${baseUrl}/members/:id`, ({ params }) => {
      const member = members.get()[String(params.id)];
      return member ? HttpResponse.json(member) : new HttpResponse(null, { status: 404 });
    }),
    http.put(`${baseUrl}/members/:id`, async ({ params, request }) => {
      const member = v.parse(memberSchema, await request.json());
      members.update((all) => ({ ...all, [String(params.id)]: member }));
      return new HttpResponse(null, { status: 204 });
    }),
  ],
};
