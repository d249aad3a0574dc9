// Uphold's own words (the overview's statuses and sentences, the status notice, the sandbox's scenarios) in German
// and Japanese. Uphold's questions are Uphold's: it sends them in the Accept-Language asked, so they are not ours.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { messagesReady, setLocale } from '../../i18n';
import { englishLeft, formWords, sameWords } from '../../testing/form-words';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { de } from './messages/de';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { getKycOverview } from './uphold-api';
import { describeUpholdError } from './uphold-errors';
import { flatForm } from './uphold-flat';
import { journeyOf } from './uphold-journey';
import { upholdMessages } from './uphold-messages';
import { statusNotice } from './uphold-status';

const translations: Record<string, object> = { de, ja };
const sandbox = await setUpProviderSandbox('uphold');
const http = sandbox.context({ token: 'test-token', locale: 'en-GB' }).http;

const wordsOf = (journey: ReturnType<typeof journeyOf>) => [
  journey.headline,
  ...journey.steps.flatMap((step) => [step.title, step.label, step.sentence]),
];

describe('Uphold’s own words in German and Japanese', () => {
  it.each([
    ['de', 'Profil', 'Wartet auf Ihre Antworten'],
    ['ja', 'プロフィール', '回答待ち'],
  ])('in %s the overview names every process and status in the locale', async (locale, title, label) => {
    await upholdMessages.ready(locale);
    const overview = await getKycOverview(http, 'en-GB');
    const english = new Set(wordsOf(journeyOf(overview, 'en-GB')));
    const translated = wordsOf(journeyOf(overview, locale));
    expect(translated).toContain(title);
    expect(translated).toContain(label);
    const same = new Set(sameWords(en, translations[locale] ?? {}));
    expect(translated.filter((word) => english.has(word) && !same.has(word))).toEqual([]);
  });

  it.each([
    ['de', 'Vollständiger Name'],
    ['ja', '氏名'],
  ])('in %s the flat profile (our form, not a hint) has translated labels', async (locale, fullName) => {
    await upholdMessages.ready(locale);
    const english = flatForm(undefined, [], {}, 'en');
    const translated = flatForm(undefined, [], {}, locale);
    expect(formWords(translated)).toContain(fullName);
    expect(englishLeft(english, translated, sameWords(en, translations[locale] ?? {}))).toEqual([]);
  });

  it('the status notice above a form is in the locale', async () => {
    await upholdMessages.ready('de');
    expect(statusNotice('pending', { model: 'uphold-verified' } as never, 'step', undefined, 'de')).toBe(
      'Uphold wartet auf Ihre Antworten. Uphold überprüft diese Angaben selbst.',
    );
    expect(statusNotice('ok', undefined, 'profile')).toBe(
      'Uphold has everything it needs from this profile. Nobody needs to verify these details.',
    );
  });

  it('its error sentences follow the locale shown', async () => {
    setLocale('de');
    await messagesReady('de');
    const tooMany = new ApiError({ kind: 'http', status: 429, message: 'Too many requests', body: {} });
    expect(describeUpholdError(tooMany, 'load').message).toMatch(/^Uphold erhält zu viele Anfragen\./);
  });
});

afterEach(() => setLocale('en-GB'));
