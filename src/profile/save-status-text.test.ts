import { describe, expect, it } from 'vitest';
import { messagesReady, setLocale } from '../i18n';
import type { SavedOutcome } from './editor-state';
import { editorText } from './editor-text';
import { nextChangeIn, relativeTime, savedText, statusLine } from './save-status-text';

const saved = (extra: Partial<SavedOutcome> = {}): SavedOutcome => ({
  kind: 'saved',
  at: 0,
  by: 'save',
  ...extra,
});
const whole = { providerLabel: 'Test', dirtyHere: false, unsavedElsewhere: undefined };

describe('what the save status says', () => {
  it('says how long ago it saved, in words that stay true', () => {
    expect(relativeTime(0, 59_000)).toBe('just now');
    expect(relativeTime(0, 60_000)).toBe('1 minute ago');
    expect(relativeTime(0, 5 * 60_000 + 1)).toBe('5 minutes ago');
    expect(relativeTime(0, 2 * 3_600_000)).toBe('2 hours ago');
    expect(relativeTime(0, 25 * 3_600_000)).toBe('over a day ago');
    expect(nextChangeIn(0, 30_000)).toBe(30_000);
  });

  it('never says "up to date" while another section has unsaved changes', () => {
    const part = saved({ part: '0', partLabel: 'Personal information' });
    const context = { providerLabel: 'Test', dirtyHere: false, unsavedElsewhere: ['Billing'] };
    expect(savedText(part, context)).toBe('Saved Personal information. Billing has unsaved changes.');
    expect(savedText(part, { ...context, unsavedElsewhere: [] })).toBe(
      'Saved Personal information. Your Test profile is up to date.',
    );
  });

  it('never says "up to date" while required answers are empty', () => {
    expect(savedText(saved({ missingRequired: 4 }), whole)).toBe('Saved. 4 required fields are still empty.');
    expect(savedText(saved(), whole, 'just now')).toBe('Saved just now. Your Test profile is up to date.');
  });

  it('shows the unsaved changes made since a save, and a refused save as invalid', () => {
    const now = { ...whole, dirtyHere: true, now: 0, queuedOffline: false };
    expect(statusLine(saved(), now)).toEqual({ kind: 'unsaved', text: 'Unsaved changes' });
    expect(
      statusLine(
        { kind: 'failed', failure: { kind: 'validation', message: 'Fix it.', fieldErrors: [] } },
        now,
      ),
    ).toEqual({ kind: 'invalid', text: 'Fix it.' });
    expect(statusLine({ kind: 'idle' }, { ...now, dirtyHere: false })).toBeUndefined();
  });

  it('speaks the language shown: plurals, lists and the tab marks in German and Japanese', async () => {
    try {
      setLocale('de');
      await messagesReady('de');
      expect(savedText(saved(), whole, relativeTime(0, 3 * 60_000))).toBe(
        'Gespeichert (vor 3 Minuten). Ihr Profil bei Test ist auf dem neuesten Stand.',
      );
      expect(editorText.unsavedElsewhere(['A', 'B', 'C'])).toBe(
        'A, B und C haben ungespeicherte Änderungen.',
      );
      expect(editorText.save('Adresse')).toBe('Adresse speichern');
      setLocale('ja');
      await messagesReady('ja');
      expect(editorText.tabName('住所', { complete: true, unsaved: true })).toBe(
        '住所（入力済み、未保存の変更あり）',
      );
      expect(editorText.save(undefined)).toBe('保存');
    } finally {
      setLocale('en');
    }
    expect(editorText.unsavedElsewhere(['A', 'B', 'C'])).toBe('A, B and C have unsaved changes.');
    expect(editorText.tabName('Address', { complete: true, unsaved: true })).toBe(
      'Address (complete, unsaved changes)',
    );
  });
});
