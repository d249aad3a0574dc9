// Uphold's progress words in German.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  progress: {
    sections: '{done} von {total} Abschnitten erledigt',
    left: '{count, plural, =0 {keine Pflichtantworten offen} one {# Pflichtantwort offen} other {# Pflichtantworten offen}}',
    joined: '{sections} · {left}',
    leftOnly: '{count, plural, one {# Pflichtantwort offen} other {# Pflichtantworten offen}}',
    allDone: 'Alle Pflichtantworten sind gegeben.',
  },
  status: {
    okButEmpty:
      'Uphold hat Ihre bisherigen Antworten; einige Pflichtfragen sind noch leer: Beantworten Sie sie, um {subject} abzuschließen.',
  },
  newQuestions: 'Uphold hat neue Fragen für Sie: {names}.',
};
