// Test support for conflict handling against a provider's sandbox: another tab saves one change, this tab saved
// another from the same loaded values. The editor's way (re-read, three-way merge, write) must keep both.
import { setAt } from '../forms/data/data-paths';
import { rebaseDraft, type FieldConflict } from '../profile/rebase';
import type { ProviderId } from '../providers';
import type { FormData, ProfileProvider, ProviderContext } from '../providers/types';
import { createSandboxServer } from './sandbox-server';

export interface Change {
  pointer: string;
  value: unknown;
}

/** A Node sandbox for one provider (the shared set-up of src/testing), and contexts for it. */
export async function conflictSandbox(id: ProviderId) {
  const served = await createSandboxServer(id);
  return {
    server: served.server,
    resetState: () => served.sandbox.reset(),
    ctx: (params: Record<string, string> = {}): ProviderContext => served.context({ params }),
  };
}

/**
 * Both tabs load; the other tab saves `theirs`; this tab saves `mine` the editor's way. Returns the conflicts
 * found and the provider's values afterwards (read again).
 */
export async function saveAfterAnotherTab(args: {
  provider: ProfileProvider;
  ctx: ProviderContext;
  mine: Change;
  theirs: Change;
  part?: string | undefined;
  /** Changes saved first, one save each (e.g. answers a provider needs before the fields under test exist). */
  before?: Change[][];
}): Promise<{ conflicts: FieldConflict[]; final: FormData }> {
  const { provider, ctx, mine, theirs, part } = args;
  for (const changes of args.before ?? []) {
    const start = await provider.load(ctx);
    const draft = changes.reduce((data, c) => setAt(data, c.pointer, c.value), start.data);
    await provider.save(ctx, { draft, base: start, part });
  }
  const base = await provider.load(ctx);
  await provider.save(ctx, { draft: setAt(base.data, theirs.pointer, theirs.value), base, part });

  const draft = setAt(base.data, mine.pointer, mine.value);
  const reread = provider.conflicts?.reread ?? ((c: ProviderContext) => provider.load(c));
  const fresh = await reread(ctx, base);
  const rebased = rebaseDraft({ base: base.data, draft, fresh: fresh.data });
  if (rebased.conflicts.length === 0) {
    await provider.save(ctx, { draft: rebased.draft, base: { ...fresh, data: rebased.base }, part });
  }
  return { conflicts: rebased.conflicts, final: (await provider.load(ctx)).data };
}
