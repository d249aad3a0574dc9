// Uphold's message namespace (progress and status words); German and Japanese load with the provider when shown.
import { defineMessages } from '../../i18n';
import { en } from './messages/en';

export const upholdMessages = defineMessages('uphold', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
