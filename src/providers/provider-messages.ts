// The words every provider shares (connection failures, wording by situation); each provider's own words live in
// its folder and load with its code.
import { defineMessages } from '../i18n';
import { en } from './messages/en';

export const providerMessages = defineMessages('providers', en, {
  de: async () => (await import('./messages/de')).de,
  ja: async () => (await import('./messages/ja')).ja,
});
