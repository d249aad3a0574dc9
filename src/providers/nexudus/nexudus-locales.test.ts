import { describe, expect, it } from 'vitest';
import { englishLeft, formWords, sameWords } from '../../testing/form-words';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { de } from './messages/de';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { nexudusProvider } from './provider';

const translations: Record<string, object> = { de, ja };

const sandbox = await setUpProviderSandbox('nexudus');
const load = (locale: string) => nexudusProvider.load(sandbox.context({ locale }));

describe('Nexudus’s form in German and Japanese', () => {
  it.each([
    ['de', 'Persönliche Angaben', 'Rechnungsanschrift: Land', 'Keine Angabe'],
    ['ja', '個人情報', '請求先の国', '回答しない'],
  ])(
    'in %s every section, label, help text, choice and pattern message is translated',
    async (locale, section, label, choice) => {
      const english = await load('en-GB');
      const translated = await load(locale);
      expect(formWords(english)).toContain('Personal information');
      for (const word of [section, label, choice]) expect(formWords(translated)).toContain(word);
      expect(englishLeft(english, translated, sameWords(en, translations[locale] ?? {}))).toEqual([]);
    },
  );
});
