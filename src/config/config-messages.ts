// config.json's problems in words (the error page shows them in the locale chosen before the config was read).
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const configMessages = defineMessages('config', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
