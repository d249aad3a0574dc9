// The sandbox panel's words in German.
import type { Translation } from '../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  panel: {
    title: 'Sandbox-Szenarien',
    intro:
      'Probieren Sie aus, wie sich {provider} verhält, wenn etwas schiefgeht. Nichts davon erreicht einen echten Anbieter.',
    noProvider: 'Öffnen Sie einen Anbieter, um seine Szenarien zu sehen.',
    latency: 'Verzögerung (ms)',
    latencyHelp: 'Jede Antwort wartet so lange. Gilt sofort.',
    force: 'Speichern bei {provider} scheitern lassen',
    forceHelp: 'Gilt sofort: Das nächste Speichern trifft darauf.',
    applies: {
      now: 'Gilt sofort',
      reload: 'Gilt nach dem Neuladen',
    },
    failures: {
      none: 'Kein erzwungener Fehler',
      network: 'Verbindung abgebrochen',
      '400': 'Als ungültig abgelehnt (400)',
      '401': 'Sitzung beendet (401)',
      '403': 'Nicht erlaubt (403)',
      '404': 'Nicht gefunden (404)',
      '409': 'Konflikt (409)',
      '429': 'Zu viele Anfragen (429)',
      '500': 'Serverfehler (500)',
      '503': 'Nicht verfügbar (503)',
    },
  },
  examples: {
    label: 'Sandbox-Profile',
    intro: 'Oder öffnen Sie ein Sandbox-Profil:',
  },
};
