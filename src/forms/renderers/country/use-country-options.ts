// The options of a country control: a built-in ISO list, or a named source the form's owner provides
// (fetched once per locale and cached by TanStack Query).
import { formsMessages } from '../../forms-messages';
import { useQuery } from '@tanstack/react-query';
import type { CountryOption } from './country-option';
import { useCountrySource } from './country-sources';
import { isoCountryOptions } from './iso-sources';

export function useCountryOptions(source: string, locale: string) {
  const builtIn = isoCountryOptions(source, locale);
  const load = useCountrySource(source);
  // The source is identified by its name; the loader behind a name does not change.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: ['country-options', source, locale],
    queryFn: async (): Promise<CountryOption[]> => {
      if (!load) throw new Error(`No country list called "${source}".`);
      return load();
    },
    enabled: builtIn === undefined,
    staleTime: Infinity,
    retry: 1,
  });
  if (builtIn) return { options: builtIn, loading: false, error: undefined, retry: undefined };
  return {
    options: query.data ?? [],
    loading: query.isPending,
    error: query.error ? formsMessages.in(locale)('controls.countriesFailed') : undefined,
    retry: () => void query.refetch(),
  };
}
