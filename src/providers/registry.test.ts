import { describe, expect, expectTypeOf, it } from 'vitest';
import { findProvider, isProviderId, providerRegistry, type ProviderId } from './index';

describe('the provider registry', () => {
  it('derives ProviderId from its entries', () => {
    expectTypeOf<ProviderId>().toEqualTypeOf<'camunda' | 'wise' | 'navixy' | 'nexudus' | 'uphold'>();
    expect(isProviderId('wise')).toBe(true);
    expect(isProviderId('acme')).toBe(false);
    expect(findProvider('acme')).toBeUndefined();
  });

  it.each(providerRegistry.map((entry) => [entry.id, entry] as const))(
    '%s: loads the provider with its own id, and a sandbox whose examples name every route parameter',
    async (id, entry) => {
      const [provider, sandbox] = await Promise.all([entry.load(), entry.loadSandbox()]);
      expect(provider.id).toBe(id);
      expect(sandbox.examples.length).toBeGreaterThan(0);
      for (const example of sandbox.examples) {
        // Every route parameter, and the page parameter where the provider has pages (optional: its landing).
        const named = Object.keys(example.params).filter((name) => name !== entry.pageParam);
        expect(named.sort()).toEqual([...entry.params].sort());
      }
    },
  );

  it('holds no sandbox data: no demo ids or sandbox paths in production entries', () => {
    for (const entry of providerRegistry) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          'description',
          'id',
          'label',
          'load',
          'loadSandbox',
          'params',
          ...('paramHint' in entry ? ['paramHint'] : []),
          ...('pageParam' in entry ? ['pageParam'] : []),
        ].sort(),
      );
      expect(JSON.stringify(entry)).not.toMatch(/demo|14575282|sandbox/i);
    }
  });
});
