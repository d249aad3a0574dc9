// The validated runtime config, available to every component below the App.
import { createContext, useContext } from 'react';
import type { AppConfig } from './app-config';

export const ConfigContext = createContext<AppConfig | undefined>(undefined);

export function useConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig must be used inside <ConfigContext.Provider>.');
  return config;
}
