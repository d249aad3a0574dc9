// React's view of the i18n layer: re-renders when the locale changes or a language's messages arrive.
import { useSyncExternalStore } from 'react';
import type { Catalogue } from './catalogue';
import { currentLocale, messagesVersion, subscribeMessages, type Messages } from './message-store';

/** The locale shown; the component re-renders when it changes. */
export function useLocale(): string {
  useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion);
  return currentLocale();
}

/** A namespace's `t` in the locale shown; the component re-renders when the locale or its words change. */
export function useMessages<En extends Catalogue>(messages: Messages<En>): Messages<En>['t'] {
  const locale = useLocale();
  return messages.in(locale);
}
