// Named country lists given to the shared country picker by whoever renders the form.
import { createContext, useContext } from 'react';
import type { CountrySource } from './country-option';

const CountrySourcesContext = createContext<Record<string, CountrySource>>({});

export const CountrySourcesProvider = CountrySourcesContext.Provider;

export function useCountrySource(name: string): CountrySource | undefined {
  return useContext(CountrySourcesContext)[name];
}
