import { describe, expect, it } from 'vitest';
import { englishLeft, formWords, sameWords } from '../../testing/form-words';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { de } from './messages/de';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { navixyProvider } from './provider';

const translations: Record<string, object> = { de, ja };

const sandbox = await setUpProviderSandbox('navixy');
const load = (locale: string) =>
  navixyProvider.load(sandbox.context({ token: 'a6aa75587e5c59c32d347da438505fc3', locale }));

describe('Navixy’s form in German and Japanese', () => {
  it.each([
    ['de', 'Rechtsform', 'Land (Sitzanschrift)'],
    ['ja', '法的区分', '国（登記）'],
  ])(
    'in %s every label, help text, choice and pattern message is translated',
    async (locale, legalType, country) => {
      const english = await load('en-GB');
      const translated = await load(locale);
      expect(formWords(english)).toContain('Legal type');
      expect(formWords(translated)).toContain(legalType);
      expect(formWords(translated)).toContain(country);
      expect(englishLeft(english, translated, sameWords(en, translations[locale] ?? {}))).toEqual([]);
    },
  );

  it('its read-only reason is in the locale shown', async () => {
    sandbox.scenario('no-plugin');
    const form = await load('de');
    expect(form.readOnly?.reason ?? '').toMatch(/^Ihr Navixy-Konto/);
  });
});
