// Acme's adapter (a fake provider shaped exactly like a real provider folder): GET and PUT /members/{id}.
import { generateForm } from '../../forms/generator/generate-form';
import { describeTransportFailure } from '../../providers/common-failures';
import type { ProfileProvider, ProviderContext } from '../../providers/types';
import { acmeSpec } from './acme-spec';

export interface AcmeMember {
  nickname: string;
  city: string;
}

const generated = generateForm(acmeSpec);
const memberPath = (ctx: ProviderContext) => `members/${encodeURIComponent(ctx.params.memberId ?? '')}`;

export const acmeProvider: ProfileProvider = {
  id: 'acme',
  async load(ctx) {
    const { data } = await ctx.http.request<AcmeMember>('GET', memberPath(ctx), { signal: ctx.signal });
    return { ...generated, data: { ...data } };
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
