// The sandbox panel's message namespace; German and Japanese load when shown.
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const sandboxMessages = defineMessages('sandbox', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
