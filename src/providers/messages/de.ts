// Words every provider uses alike, in German.
import type { Translation } from '../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  failure: {
    kept: 'Ihre Änderungen bleiben im Formular erhalten.',
    tryAgain: 'Versuchen Sie es gleich noch einmal.',
    signInAgain: {
      load: 'Melden Sie sich erneut an, um Ihr Profil zu sehen.',
      save: 'Melden Sie sich erneut an; Ihre Änderungen bleiben im Formular erhalten.',
      action: 'Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
    },
    unexpected: 'Bei der Verbindung mit {provider} ist etwas schiefgegangen: {detail}.',
    unreachable:
      '{provider} war nicht erreichbar: {detail} Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
    unreadable: '{provider} hat eine Antwort gesendet, die nicht gelesen werden konnte: {detail}',
    server: {
      load: '{provider} konnte Ihr Profil wegen eines Serverfehlers nicht senden ({status}).',
      save: '{provider} konnte Ihre Änderungen wegen eines Serverfehlers nicht speichern ({status}).',
      action: '{provider} konnte die Anfrage wegen eines Serverfehlers nicht ausführen ({status}).',
    },
    serverSaid: '{provider} meldet: „{said}“.',
    requestId: '{message} (Anfrage-ID: {id})',
  },
  owner: {
    nameAndContact: '{name} · {contact}',
  },
};
