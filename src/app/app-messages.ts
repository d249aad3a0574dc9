// The app shell's message namespace (page titles, headings, the way back, the shell's menus and dialogs); other
// languages load on demand.
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const appMessages = defineMessages('app', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});

/** Splits a message around one placeholder's position, so a link or <code> can stand there. */
export function aroundSlot(format: (slot: string) => string): [string, string] {
  const SLOT = '\u0000';
  const [before = '', after = ''] = format(SLOT).split(SLOT);
  return [before, after];
}

/** MUI's own words (close, open, clear…) in a locale, for the theme. */
export function widgetWords(locale: string) {
  const t = appMessages.in(locale);
  return {
    close: t('widgets.close'),
    open: t('widgets.open'),
    clear: t('widgets.clear'),
    noOptions: t('widgets.noOptions'),
    loading: t('widgets.loading'),
  };
}
