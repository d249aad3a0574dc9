import { describe, expect, it, vi } from 'vitest';
import { useState, type ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { CountrySource } from './country-option';
import { CountrySourcesProvider } from './country-sources';
import { useCountryOptions } from './use-country-options';

function withSources(sources: Record<string, CountrySource>) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const [client] = useState(() => new QueryClient());
    return (
      <QueryClientProvider client={client}>
        <CountrySourcesProvider value={sources}>{children}</CountrySourcesProvider>
      </QueryClientProvider>
    );
  };
}

describe('useCountryOptions', () => {
  it('asks a named list for its countries once the form has been painted, not while it first renders', async () => {
    const countries = vi.fn<CountrySource>(() =>
      Promise.resolve([{ value: 'DE', label: 'Germany', alpha2: 'DE' }]),
    );
    const { result } = renderHook(() => useCountryOptions('countries', 'en-GB'), {
      wrapper: withSources({ countries }),
    });
    // The render and its effects are done: the list is asked for, not yet loaded.
    await act(async () => {
      await Promise.resolve();
    });
    expect(result.current.loading).toBe(true);
    expect(countries).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(result.current.options).toEqual([{ value: 'DE', label: 'Germany', alpha2: 'DE' }]),
    );
    expect(countries).toHaveBeenCalledTimes(1);
  });

  it('names the built-in ISO lists at once', () => {
    const { result } = renderHook(() => useCountryOptions('iso-alpha2', 'en-GB'), {
      wrapper: withSources({}),
    });
    expect(result.current.loading).toBe(false);
    expect(result.current.options.find((o) => o.value === 'DE')?.label).toBe('Germany');
  });
});
