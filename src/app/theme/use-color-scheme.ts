// The app's colour scheme as React state: the person's choice (kept in localStorage and followed across tabs), the
// system's preference (followed live), the resulting mode on <html>, and whether to reduce motion.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import useMediaQuery from '@mui/material/useMediaQuery';
import {
  COLOR_SCHEME_ATTRIBUTE,
  COLOR_SCHEME_STORAGE_KEY,
  readColorSchemePreference,
  resolveColorScheme,
  writeColorSchemePreference,
  type ColorSchemeMode,
  type ColorSchemePreference,
} from './color-scheme';

const MEDIA = { noSsr: true } as const;

export const useSystemPrefersDark = () => useMediaQuery('(prefers-color-scheme: dark)', MEDIA);
export const useReducedMotion = () => useMediaQuery('(prefers-reduced-motion: reduce)', MEDIA);

export interface ColorSchemeState {
  preference: ColorSchemePreference;
  mode: ColorSchemeMode;
  setPreference: (preference: ColorSchemePreference) => void;
}

/** Names the shown scheme on <html> (tests, and the first-paint styles of the next load agree with it). */
export function useColorSchemeAttribute(mode: ColorSchemeMode) {
  useEffect(() => {
    document.documentElement.setAttribute(COLOR_SCHEME_ATTRIBUTE, mode);
  }, [mode]);
}

export function useAppColorScheme(): ColorSchemeState {
  const [preference, setState] = useState(readColorSchemePreference);
  const systemPrefersDark = useSystemPrefersDark();
  const mode = resolveColorScheme(preference, systemPrefersDark);
  useColorSchemeAttribute(mode);
  // Another tab of the app changed it: follow, so two tabs never disagree.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === COLOR_SCHEME_STORAGE_KEY || event.key === null) setState(readColorSchemePreference());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const setPreference = useCallback((next: ColorSchemePreference) => {
    writeColorSchemePreference(next);
    setState(next);
  }, []);
  return useMemo(() => ({ preference, mode, setPreference }), [preference, mode, setPreference]);
}

/** The app's colour scheme for the header's switch (absent in the embed, which takes the portal's). */
export const ColorSchemeContext = createContext<ColorSchemeState | undefined>(undefined);

export const useColorSchemeState = () => useContext(ColorSchemeContext);
