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
  registry: {
    camunda:
      'Identitätsdienst von Camunda Platform 7: Vorname, Nachname und E-Mail-Adresse eines Engine-Benutzers.',
    wise: 'Persönliches Profil bei Wise: Name, Adresse, Staatsangehörigkeit, Geburtsdatum, Kontaktdaten und Berufe.',
    navixy:
      'Persönliche Angaben bei Navixy: Rechtsform, Ansprechpartner, Telefon, Post- und Geschäftsadresse, Steuerdaten.',
    nexudus:
      'Kundenprofil bei Nexudus (Coworking): persönliche und Rechnungsdaten, berufliches Profil, soziale Medien, Benachrichtigungen und Passwort.',
    uphold:
      'Uphold-KYC: Jeder Schritt, den Uphold von Ihnen verlangt, an einem Ort — Profil, Sorgfaltsprüfung, Krypto-Risikobewertung, Anlegertyp und Steuerdaten — Abschnitt für Abschnitt beantwortet.',
  },
  params: {
    userId: 'Benutzer-ID',
    profileId: 'Profil-ID',
  },
};
