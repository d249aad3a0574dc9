// The editor's message namespace (the save bar, status messages, error summary, sections, dialogs); other
// languages load on demand.
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const profileMessages = defineMessages('profile', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
