// Navixy's words in German.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  legalTypes: {
    individual: 'Privatperson',
    sole_trader: 'Einzelunternehmen',
    legal_entity: 'Juristische Person',
  },
  sections: {
    contact: 'Ansprechperson',
    business: 'Unternehmensangaben',
    businessDescription:
      'Ihre Rechtsform; juristische Personen und Einzelunternehmen geben hier auch ihre Geschäftsdaten an.',
    post: 'Postanschrift',
    registered: 'Sitzanschrift',
  },
  fields: {
    legalType: 'Rechtsform',
    legalTypeHelp: 'Bestimmt, welche Angaben Navixy für das Konto speichert.',
    firstName: 'Vorname',
    middleName: 'Zweiter Vorname',
    lastName: 'Nachname',
    phone: 'Telefon',
    phonePattern: 'Höchstens 15 Ziffern, die Landesvorwahl zuerst, z. B. 49 176 1234567.',
    phoneHelp: 'Optional. Ziffern mit Landesvorwahl, z. B. 49 176 1234567.',
    legalName: 'Firmenname',
    legalNameHelp: 'Pflichtangabe für juristische Personen.',
    tin: 'Steuernummer (TIN)',
    tinHelp: 'Pflichtangabe. USt-IdNr., EIN, INN oder eine entsprechende Nummer.',
    iec: 'Klassifikator für Industrieunternehmen (KPP)',
    iecHelp: 'Wird in Russland verwendet; lassen Sie das Feld anderswo leer.',
    okpoCode: 'OKPO-Code',
    okpoCodePattern: 'Ein OKPO-Code hat 8 oder 10 Zeichen.',
    stateRegNum: 'Staatliche Registrierungsnummer',
    stateRegNumHelp: 'Z. B. EIN in den USA, OGRN in Russland. {notOnFile}',
  },
  address: {
    post: 'Postanschrift',
    registered: 'Sitzanschrift',
    country: 'Land ({which})',
    index: 'Postleitzahl ({which})',
    region: 'Region oder Bundesland ({which})',
    city: 'Ort ({which})',
    streetAddress: 'Straße und Hausnummer ({which})',
  },
  notOnFile:
    'Nicht hinterlegt: Navixy zeigt den gespeicherten Wert nicht an. Lassen Sie das Feld leer, um ihn zu behalten; geben Sie einen Wert ein, um ihn zu ersetzen.',
  noPlugin:
    'Ihr Navixy-Konto enthält die Funktion für persönliche Angaben (Plugin 45) nicht, daher können diese Angaben hier nicht geändert werden. Bitten Sie Ihren Navixy-Dienstanbieter, sie freizuschalten.',
  unknownPlugins:
    'Navixy hat nicht mitgeteilt, ob Ihr Konto seine persönlichen Angaben ändern darf; falls nicht, erfahren Sie es beim Speichern.',
  codes: {
    database: 'Bei Navixy ist ein Datenbankfehler aufgetreten.',
    serviceAuth: 'Navixy konnte diesen Dienst nicht autorisieren (Fehler bei der Dienstauthentifizierung).',
    sessionKey: 'Navixy hat Ihren Sitzungsschlüssel nicht akzeptiert.',
    sessionEnded: 'Ihre Navixy-Sitzung ist beendet.',
    wrongFormat: 'Navixy konnte die Anfrage nicht lesen (falsches Anfrageformat).',
    unexpected: 'Bei Navixy ist ein unerwarteter Fehler aufgetreten.',
    refused: 'Navixy hat einige Werte abgelehnt.',
    tryLater: 'Navixy ist gerade ausgelastet oder nicht erreichbar.',
    tooLarge: 'Die Anfrage war für Navixy zu groß. Kürzen Sie die längsten Felder.',
    accessDenied: 'Navixy hat den Zugriff verweigert: Ihr Konto darf diese Angaben hier nicht ändern.',
    noDealer: 'Navixy konnte das Konto Ihres Dienstanbieters (Händler) nicht finden.',
    notPermitted: 'Navixy erlaubt diesem Konto nicht, seine persönlichen Angaben zu ändern.',
    tooMany: 'Zu viele Anfragen an Navixy. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    demo: 'Dies ist ein Navixy-Demokonto: Seine Angaben können nicht geändert werden.',
  },
  errors: {
    seeHighlighted: ' Siehe die markierten Felder.',
    otherCode: {
      load: 'Navixy konnte Ihre Angaben nicht senden (Fehler {code}{said}).',
      save: 'Navixy konnte die Angaben nicht speichern (Fehler {code}{said}).',
    },
  },
  scenarios: {
    noPlugin: 'Dem Konto fehlt die Funktion für persönliche Angaben: Das Formular öffnet schreibgeschützt.',
    sessionExpired: 'Die Sitzung ist beendet: Die nächste Anfrage fordert Sie auf, sich erneut anzumelden.',
    invalidTin: 'Navixy lehnt die Steuernummer (TIN) beim Speichern ab.',
  },
};
