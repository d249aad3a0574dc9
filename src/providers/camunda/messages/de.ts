// Camunda 7's words in German.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  fields: {
    id: {
      label: 'Benutzer-ID',
      readOnly: 'Die Benutzer-ID kennzeichnet das Konto und kann nicht geändert werden.',
    },
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
  },
  readOnly:
    'Der Identitätsdienst dieser Camunda-Engine ist schreibgeschützt (zum Beispiel LDAP); Profile können hier nicht geändert werden.',
  userIdRequired: 'In der Adresse fehlt die Camunda-Benutzer-ID: /camunda/<Benutzer-ID>.',
  errors: {
    refused: 'Camunda hat die Änderung abgelehnt: {said}.',
    invalidRequest: 'ungültige Anfrage',
    sessionEnded: 'Ihre Camunda-Sitzung ist abgelaufen oder Ihre Anmeldedaten wurden abgelehnt.',
    notFoundSaid: 'Benutzer nicht gefunden: {said}.',
    notFound: 'Diesen Benutzer gibt es in Camunda nicht.',
  },
  scenarios: {
    readOnly:
      'Das Benutzerverzeichnis von Camunda ist schreibgeschützt (LDAP): Das Formular öffnet schreibgeschützt, Speichern wird abgelehnt.',
    unauthorized: 'Camunda lehnt die Anmeldung ab: Jede Anfrage meldet „Sitzung beendet“.',
    loadError: 'Camunda kann das Profil nicht senden (Serverfehler).',
  },
};
