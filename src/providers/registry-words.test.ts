// The provider list's descriptions and the profile id's name follow the locale; a provider the catalogue does not
// know keeps its own words.
import { describe, expect, it } from 'vitest';
import { messagesReady } from '../i18n';
import { entryDescription, entryParamWords, findProvider } from '.';

const entry = (id: string) => {
  const found = findProvider(id);
  if (!found) throw new Error(`no ${id} in the registry`);
  return found;
};

describe('the registry in words', () => {
  it('keeps the English of the entries', () => {
    expect(entryDescription(entry('wise'), 'en')).toBe(entry('wise').description);
    expect(entryParamWords(entry('camunda'), 0, 'en')).toBe('user id');
    expect(entryParamWords(entry('wise'), 0, 'en-GB')).toBe('profile id');
  });

  it('describes every provider in German and Japanese, and names the ids', async () => {
    await Promise.all([messagesReady('de'), messagesReady('ja')]);
    for (const id of ['camunda', 'wise', 'navixy', 'nexudus', 'uphold']) {
      for (const locale of ['de', 'ja']) {
        expect(entryDescription(entry(id), locale)).not.toBe(entry(id).description);
      }
    }
    expect(entryDescription(entry('navixy'), 'de-DE')).toMatch(/^Persönliche Angaben bei Navixy/);
    expect(entryParamWords(entry('camunda'), 0, 'de')).toBe('Benutzer-ID');
    expect(entryParamWords(entry('wise'), 0, 'ja-JP')).toBe('プロフィール ID');
  });

  it('keeps the words of a provider the catalogue does not know', async () => {
    await messagesReady('de');
    const acme = { id: 'acme', description: 'Acme members.', params: ['userId'], paramHint: 'member id' };
    expect(entryDescription(acme, 'de')).toBe('Acme members.');
    expect(entryParamWords(acme, 0, 'de')).toBe('member id');
  });
});
