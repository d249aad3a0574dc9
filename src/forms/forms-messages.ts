// The forms area's message namespace (validation messages, control texts); other languages load on demand.
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const formsMessages = defineMessages('forms', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
