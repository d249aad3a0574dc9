// The options of a country control: a built-in ISO list, or a named source the form's owner provides
// (fetched once per locale and cached by TanStack Query). A named source is asked once the form has been painted:
// naming ~250 countries loads ICU's region names (~150 ms of main thread at 4× CPU for Navixy's list), which the
// form's first paint does not wait for. Until then the field shows the value it holds.
import { formsMessages } from '../../forms-messages';
import { useQuery } from '@tanstack/react-query';
import type { CountryOption } from './country-option';
import { useCountrySource } from './country-sources';
import { isoCountryOptions } from './iso-sources';
import { afterPaint } from '../../after-paint';

export function useCountryOptions(source: string, locale: string) {
  const builtIn = isoCountryOptions(source, locale);
  const load = useCountrySource(source);
  // The source is identified by its name; the loader behind a name does not change.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: ['country-options', source, locale],
    queryFn: async (): Promise<CountryOption[]> => {
      if (!load) throw new Error(`No country list called "${source}".`);
      await afterPaint();
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
