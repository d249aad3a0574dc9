// Acme's adapter (a fake provider shaped exactly like a real provider folder): GET and PUT /members/{id}.
import * as v from 'valibot';
import { pathSegment } from '../../api/http';
import { parseResponse } from '../../api/parse-response';
import { generateForm } from '../../forms/generator/generate-form';
import { describeTransportFailure } from '../../providers/common-failures';
import type { ProfileProvider, ProviderContext } from '../../providers/types';
import { acmeSpec } from './acme-spec';

const AcmeMemberSchema = v.object({ nickname: v.string(), city: v.string() });
export type AcmeMember = v.InferOutput<typeof AcmeMemberSchema>;

const generated = generateForm(acmeSpec);
const memberPath = (ctx: ProviderContext) => `members/${pathSegment(ctx.params.memberId ?? '')}`;

export const acmeProvider: ProfileProvider = {
  id: 'acme',
  async load(ctx) {
    const response = await ctx.http.request('GET', memberPath(ctx), { signal: ctx.signal });
    const member = parseResponse(AcmeMemberSchema, response, 'Acme sent a member');
    return { ...generated, data: { ...member } };
  },
  async save(ctx, { draft, base }) {
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const member: AcmeMember = { nickname: text(draft.nickname), city: text(draft.city) };
    await ctx.http.request('PUT', memberPath(ctx), { body: member, signal: ctx.signal });
    return { ...base, data: { ...member } };
  },
  describeError: (error) =>
    describeTransportFailure(error, 'Acme') ?? { kind: 'server', message: 'Acme refused.', fieldErrors: [] },
};
