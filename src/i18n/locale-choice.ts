// Which locale a page starts in: `?lang=` (kept for the tab, like the picker's choice), the embedding portal's
// `init.locale`, the browser's languages, else English.
import { browserLocales, resolveLocale, supportedLocale } from './locales';

const TAB_KEY = 'profile-editor.lang';

function stored(): string | undefined {
  try {
    return sessionStorage.getItem(TAB_KEY) ?? undefined;
  } catch {
    return undefined; // storage refused (a sandboxed frame): the choice lasts for the page only
  }
}

/** Keeps a chosen locale for the rest of the tab's session. */
export function rememberLocale(locale: string): void {
  try {
    sessionStorage.setItem(TAB_KEY, locale);
  } catch {
    // as above
  }
}

/** `?lang=` when it names a language we speak (kept for the tab); else the tab's earlier choice. */
export function chosenLocale(search: string): string | undefined {
  const fromUrl = supportedLocale(new URLSearchParams(search).get('lang'));
  if (fromUrl) {
    rememberLocale(fromUrl);
    return fromUrl;
  }
  return supportedLocale(stored());
}

/** The app's locale: `?lang=` or the tab's choice, else the browser's. */
export const appLocale = (search: string) => resolveLocale([chosenLocale(search), ...browserLocales()]);

/** The embed's locale: the frame's own `?lang=`, else the portal's `init.locale`, else the browser's. */
export const embedLocale = (search: string, initLocale: string | undefined) =>
  resolveLocale([new URLSearchParams(search).get('lang'), initLocale, ...browserLocales()]);
