// The i18n layer's namespace (the language picker's label).
import { defineMessages } from './message-store';
import { en } from './messages/en';

export const i18nMessages = defineMessages('i18n', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
