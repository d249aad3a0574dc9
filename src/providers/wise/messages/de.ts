// Wise's words in German.
import type { Translation } from '../../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  sections: {
    name: 'Name',
    kana: 'Name in Katakana',
    kanaDescription: 'Erforderlich für Überweisungen aus JPY.',
    address: 'Adresse',
    personal: 'Staatsangehörigkeit und Geburtsdatum',
    contact: 'Kontaktdaten',
    occupations: 'Berufe',
    reference: 'Ihre Referenz',
  },
  fields: {
    firstName: 'Vorname',
    firstNameHelp: 'Einschließlich weiterer Vornamen.',
    lastName: 'Nachname',
    preferredName: 'Rufname',
    preferredNameHelp: 'Falls abweichend von Ihrem amtlichen Vornamen.',
    firstNameInKana: 'Vorname in Katakana',
    lastNameInKana: 'Nachname in Katakana',
    addressFirstLine: 'Adresse (erste Zeile)',
    city: 'Ort',
    country: 'Land',
    postCode: 'Postleitzahl',
    stateCode: 'Bundesstaat, Provinz oder Territorium',
    nationality: 'Staatsangehörigkeit',
    dateOfBirth: 'Geburtsdatum',
    email: 'E-Mail',
    phoneNumber: 'Telefonnummer',
    occupations: 'Berufe',
    occupationsHelp:
      'Erforderlich für Einwohner von Kanada, Indien, Japan, Indonesien, Israel, Mexiko und New Mexico (USA). {notOnFile}',
    occupation: 'Beruf',
    externalCustomerId: 'Externe Kundennummer',
    externalCustomerIdHelp: 'Ihre eigene Referenz für diesen Kunden. {notOnFile}',
  },
  katakana: {
    message: 'Nur Katakana verwenden, z. B. ヤマダ. Erforderlich für Überweisungen aus JPY.',
    help: 'Nur Katakana (z. B. ヤマダ); erforderlich für Überweisungen aus JPY. {notOnFile}',
  },
  notOnFile:
    'Bei Wise nicht angezeigt: Was Wise gespeichert hat, wird nicht gezeigt; leer lassen, um es zu behalten.',
  locked:
    'Von Wise verifiziert: Wenden Sie sich für eine Änderung mit einem Dokument, das den neuen Wert zeigt, an den Wise-Support.',
  verifiedNotice:
    'Ihr Profil ist von Wise verifiziert: {fields} können nur über den Wise-Support geändert werden.',
  lastConfirmed: 'Zuletzt bei Wise bestätigt am {when}.',
  lastConfirmedLongAgo:
    'Zuletzt bei Wise bestätigt am {when}, vor über einem Jahr: Bitte prüfen und bestätigen Sie Ihre Angaben.',
  profileIdRequired: 'In der Adresse fehlt eine Wise-Profil-ID (eine Zahl): /wise/<Profil-ID>.',
  occupationNeeded: 'Wise benötigt für Einwohner von {region} mindestens einen Beruf: Fügen Sie einen hinzu.',
  confirm: {
    label: 'Meine Angaben sind noch korrekt',
    description:
      'Teilt Wise mit, dass Ihre Angaben unverändert sind (Wise fragt mindestens einmal im Jahr danach).',
    success: 'Danke: Wise weiß jetzt, dass Ihre Angaben aktuell sind.',
  },
  errors: {
    sessionEnded: 'Ihre Wise-Sitzung ist beendet ({reason}).',
    tokenRefused: 'das Token wurde abgelehnt',
    notAcceptedValue: 'Wise hat diesen Wert nicht akzeptiert.',
    notAcceptedChange: 'Wise hat die Änderung nicht akzeptiert: {said}',
    notAcceptedFields:
      'Wise hat {count, plural, one {ein Feld} other {# Felder}} nicht akzeptiert; siehe die Hinweise unten.',
    noProfile: 'Wise hat kein persönliches Profil mit dieser ID.',
    couldNotSend: 'Wise konnte Ihr Profil nicht senden ({status}): {said}',
  },
};
