import { describe, expect, it } from 'vitest';
import { messagesReady, setLocale } from '../i18n';
import { composeTitle, pageSegmentInWords, providerPageName } from './page-title';

describe('page titles', () => {
  it('name the page, then the app', () => {
    expect(composeTitle('Camunda 7 profile — demo')).toBe('Camunda 7 profile — demo · Profile editor');
    expect(composeTitle(undefined)).toBe('Profile editor');
  });

  it('put what went wrong first', () => {
    expect(composeTitle('Camunda 7 profile — demo', 'error')).toBe(
      'Error · Camunda 7 profile — demo · Profile editor',
    );
    expect(composeTitle(undefined, 'not-found')).toBe('Not found · Profile editor');
    expect(composeTitle('Wise profile — 1', 'not-found')).toBe(
      'Not found · Wise profile — 1 · Profile editor',
    );
  });

  it('name a provider page by its ids, or its page for a provider with pages', () => {
    expect(providerPageName('Camunda 7', ['demo'])).toBe('Camunda 7 profile — demo');
    expect(providerPageName('Navixy', [])).toBe('Navixy profile');
    expect(providerPageName('Acme', ['7', 'b'])).toBe('Acme profile — 7 / b');
    expect(providerPageName('Uphold', [], { page: undefined })).toBe('Uphold — overview');
    expect(providerPageName('Uphold', [], { page: 'customer-due-diligence' })).toBe(
      'Uphold — Customer due diligence',
    );
  });

  it('put a page segment in words, either spelling', () => {
    expect(pageSegmentInWords('tax-details')).toBe('Tax details');
    expect(pageSegmentInWords('taxDetails')).toBe('Tax details');
    expect(pageSegmentInWords('profile')).toBe('Profile');
  });

  it('speak the language shown', async () => {
    try {
      setLocale('de');
      await messagesReady('de');
      expect(composeTitle(providerPageName('Camunda 7', ['demo']), 'error')).toBe(
        'Fehler · Profil bei Camunda 7 — demo · Profil-Editor',
      );
      setLocale('ja');
      await messagesReady('ja');
      expect(composeTitle(providerPageName('Uphold', [], { page: undefined }))).toBe(
        'Uphold — 概要 · プロフィールエディター',
      );
    } finally {
      setLocale('en');
    }
  });
});
