import { describe, expect, it } from 'vitest';
import { formWords, englishLeft } from '../../testing/form-words';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { navixyProvider } from './provider';

const sandbox = await setUpProviderSandbox('navixy');
const load = (locale: string) =>
  navixyProvider.load(sandbox.context({ token: 'a6aa75587e5c59c32d347da438505fc3', locale }));

describe('Navixy’s form in German and Japanese', () => {
  it.each([
    ['de', 'Rechtsform', 'Land (Sitzanschrift)'],
    ['ja', '法的区分', '国（登記）'],
  ])('in %s every label, help text and choice is translated', async (locale, legalType, country) => {
    const english = await load('en-GB');
    const translated = await load(locale);
    expect(formWords(english)).toContain('Legal type');
    expect(formWords(translated)).toContain(legalType);
    expect(formWords(translated)).toContain(country);
    expect(englishLeft(english, translated)).toEqual([]);
  });

  it('its read-only reason is in the locale shown', async () => {
    sandbox.scenario('no-plugin');
    const form = await load('de');
    expect(form.readOnly?.reason ?? '').toMatch(/^Ihr Navixy-Konto/);
  });
});
