// The language picker: a labelled native select (light, keyboard- and screen-reader-friendly). A choice loads the
// language's messages first, then switches every message, `<html lang>` and the profile (fetched again in that
// language), and is kept for the tab.
import { useId } from 'react';
import { languageName } from './formats';
import { i18nMessages } from './i18n-messages';
import { LANGUAGES, languageOf } from './locales';
import { rememberLocale } from './locale-choice';
import { messagesReady, setLocale } from './message-store';
import { useLocale, useMessages } from './use-messages';
import './language-picker.css';

export function LanguagePicker({ onChange }: { onChange?: (locale: string) => void }) {
  const id = useId();
  const t = useMessages(i18nMessages);
  const current = languageOf(useLocale());
  const choose = async (language: string) => {
    rememberLocale(language);
    await messagesReady(language);
    setLocale(language);
    onChange?.(language);
  };
  return (
    <span className="language-picker">
      <label htmlFor={id}>{t('picker.label')}</label>
      <select id={id} value={current} onChange={(event) => void choose(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </span>
  );
}
