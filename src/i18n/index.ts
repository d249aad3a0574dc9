// The i18n layer's public face: every area declares its messages with defineMessages and reads them with t/in or
// the hooks; the boot and the embed choose the locale.
export type { Catalogue, MessageKey, Translation } from './catalogue';
export { formatDate, formatList, formatRelative, languageName } from './formats';
export { LanguagePicker } from './LanguagePicker';
export { appLocale, chosenLocale, embedLocale, rememberLocale } from './locale-choice';
export { browserLocales, FALLBACK, languageOf, LANGUAGES, resolveLocale, supportedLocale } from './locales';
export type { Language } from './locales';
export {
  currentLocale,
  defineMessages,
  messagesReady,
  setLocale,
  subscribeMessages,
  type MessageValues,
  type Messages,
} from './message-store';
export { useLocale, useMessages } from './use-messages';
