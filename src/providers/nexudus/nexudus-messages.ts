// Nexudus's message namespace; German and Japanese load with the provider when shown.
import { defineMessages } from '../../i18n';
import { en } from './messages/en';

export const nexudusMessages = defineMessages('nexudus', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});

export type NexudusText = ReturnType<typeof nexudusMessages.in>;
