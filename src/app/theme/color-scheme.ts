// The colour scheme: what the person chose in this browser (system, light or dark — remembered in localStorage, as
// it is a display setting, not personal data), and the mode that follows from it and the system's preference.
import * as v from 'valibot';

export type ColorSchemePreference = 'system' | 'light' | 'dark';
export type ColorSchemeMode = 'light' | 'dark';

export const COLOR_SCHEME_PREFERENCES: readonly ColorSchemePreference[] = ['system', 'light', 'dark'];

/** The localStorage key; public/boot.js reads the same key to paint the first frame in the chosen scheme. */
export const COLOR_SCHEME_STORAGE_KEY = 'profile-editor.color-scheme';

/** The attribute on <html> naming the scheme shown (set by public/boot.js first, then by the app). */
export const COLOR_SCHEME_ATTRIBUTE = 'data-color-scheme';

const StoredPreference = v.picklist(['light', 'dark']);

/** The mode to show: the person's choice, else the system's. */
export function resolveColorScheme(
  preference: ColorSchemePreference,
  systemPrefersDark: boolean,
): ColorSchemeMode {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The embed: the portal's `theme.mode` from `init` when it sent one, else the system's. */
export function resolveEmbedColorScheme(
  initMode: ColorSchemeMode | undefined,
  systemPrefersDark: boolean,
): ColorSchemeMode {
  return resolveColorScheme(initMode ?? 'system', systemPrefersDark);
}

/** localStorage, when the browser lets this page use it (a sandboxed frame or a privacy mode may not). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored choice; anything else (nothing, an unknown value, no storage) is 'system'. */
export function readColorSchemePreference(): ColorSchemePreference {
  let stored: string | null | undefined;
  try {
    stored = storage()?.getItem(COLOR_SCHEME_STORAGE_KEY);
  } catch {
    return 'system';
  }
  const parsed = v.safeParse(StoredPreference, stored);
  return parsed.success ? parsed.output : 'system';
}

/** Remembers the choice ('system' forgets it, so a later change of the system's setting is followed). */
export function writeColorSchemePreference(preference: ColorSchemePreference): void {
  try {
    if (preference === 'system') storage()?.removeItem(COLOR_SCHEME_STORAGE_KEY);
    else storage()?.setItem(COLOR_SCHEME_STORAGE_KEY, preference);
  } catch {
    // A full or blocked storage: the choice holds for this page only.
  }
}
