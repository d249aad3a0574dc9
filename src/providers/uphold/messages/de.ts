// Uphold's own words in German.
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
      'Uphold hat Ihre bisherigen Antworten; einige Pflichtfragen sind noch leer: Beantworten Sie sie, um {subject, select, profile {dieses Profil} other {diesen Schritt}} abzuschließen.',
    ok: 'Uphold hat alles, was es für {subject, select, profile {dieses Profil} other {diesen Schritt}} braucht.',
    pending: 'Uphold wartet auf Ihre Antworten.',
    checking: 'Uphold prüft Ihre Antworten; das kann einen Moment dauern.',
    failed:
      'Uphold konnte {subject, select, profile {dieses Profil} other {diesen Schritt}} nicht akzeptieren. Prüfen Sie Ihre Antworten oder wenden Sie sich an den Support.',
    exempt: 'Sie müssen {subject, select, profile {dieses Profil} other {diesen Schritt}} nicht ausfüllen.',
    other: 'Status bei Uphold: {status}.',
    modelNone: 'Diese Angaben müssen von niemandem überprüft werden.',
    modelPartner: 'Der Dienst, über den Sie sich registriert haben, überprüft diese Angaben.',
    modelUphold: 'Uphold überprüft diese Angaben selbst.',
    modelOther: 'Überprüfung: {model}.',
    automatic: ' Uphold prüft sie automatisch, sobald Sie speichern.',
  },
  newQuestions: 'Uphold hat neue Fragen für Sie: {names}.',
  noFurtherQuestions: 'Uphold hat vorerst keine weiteren Fragen.',
  notApplied: 'Uphold hat nicht jede Änderung übernommen: Siehe die Hinweise unter den betroffenen Feldern.',
  noFormId:
    'Uphold hat diese Fragen ohne Formular-ID gesendet, daher können sie hier noch nicht beantwortet werden. Versuchen Sie es später erneut oder wenden Sie sich an den Uphold-Support.',
  notAForm: '{title} wird hier nicht über ein Formular beantwortet.',
  noSuchProcess: 'Uphold hat keinen formularbasierten KYC-Prozess namens „{name}“.',
  nothingToSave: 'In diesem Abschnitt gibt es nichts zu speichern.',
  warningRule:
    'Uphold hat den bisherigen Wert behalten: Eine Überprüfungsregel erlaubt derzeit keine Änderung dieses Feldes.',
  warningNotApplied: 'Uphold hat diese Änderung nicht übernommen.',
  warningNotAppliedSaid: 'Uphold hat diese Änderung nicht übernommen: {said}',
  processes: {
    profile: {
      title: 'Profil',
      about: 'Ihr vollständiger Name, Ihre Staatsangehörigkeit, Geburtsdatum und -ort.',
    },
    customerDueDiligence: {
      title: 'Kundensorgfaltsprüfung',
      about: 'Wie Sie Uphold nutzen werden und woher Ihr Geld stammt.',
    },
    cryptoRiskAssessment: {
      title: 'Krypto-Risikobewertung',
      about: 'Einige Fragen zu Ihrer Erfahrung mit Krypto und wie Sie dessen Risiken einschätzen.',
    },
    selfCategorizationStatement: {
      title: 'Anlegertyp',
      about:
        'Welcher Art von Anleger Sie nach der Definition der britischen Aufsichtsbehörde (FCA) angehören.',
    },
    taxDetails: {
      title: 'Steuerangaben',
      about: 'Wo Sie Steuern zahlen, und Ihre Steueridentifikationsnummer.',
    },
    email: {
      title: 'E-Mail-Adresse',
      about:
        'Von dem Dienst, über den Sie sich registriert haben, an Uphold übermittelt; ändern Sie sie dort.',
    },
    phone: {
      title: 'Telefonnummer',
      about:
        'Von dem Dienst, über den Sie sich registriert haben, an Uphold übermittelt; ändern Sie sie dort.',
    },
    address: {
      title: 'Wohnanschrift',
      about:
        'Von dem Dienst, über den Sie sich registriert haben, an Uphold übermittelt; ändern Sie sie dort.',
    },
    identity: {
      title: 'Ausweisdokument',
      about:
        'Ein Foto Ihres Reisepasses oder Personalausweises, aufgenommen in der App des Dienstes, über den Sie sich registriert haben; das ist hier nicht möglich.',
    },
    proofOfAddress: {
      title: 'Adressnachweis',
      about:
        'Eine aktuelle Versorgerrechnung oder ein Kontoauszug, hochgeladen in der App des Dienstes, über den Sie sich registriert haben; das ist hier nicht möglich.',
    },
    enhancedDueDiligence: {
      title: 'Erweiterte Sorgfaltsprüfung',
      about:
        'Dokumente, die zeigen, woher Ihr Geld stammt, hochgeladen in der App des Dienstes, über den Sie sich registriert haben; das ist hier nicht möglich.',
    },
    screening: {
      title: 'Screening',
      about: 'Uphold gleicht öffentliche Listen selbst ab; von Ihnen wird nichts benötigt.',
    },
    risk: {
      title: 'Risikoprüfung',
      about: 'Uphold prüft Ihre Antworten selbst; von Ihnen wird nichts benötigt.',
    },
    unknownAbout:
      'Uphold hat nicht mitgeteilt, wie dieser Schritt abgeschlossen wird; fragen Sie den Dienst, über den Sie sich registriert haben.',
  },
  journey: {
    done: 'Erledigt',
    exempt: 'Nicht nötig',
    exemptSentence: 'Uphold benötigt dies nicht von Ihnen.',
    checking: 'Uphold prüft',
    checkingSentence: 'Uphold prüft, was Sie gesendet haben; das dauert meist nur einen Moment.',
    failed: 'Nicht akzeptiert',
    failedSentence:
      'Uphold konnte dies nicht akzeptieren. Wenden Sie sich an den Uphold-Support, um zu erfahren, wie es weitergeht.',
    uphold: 'Erledigt Uphold',
    upholdOnce:
      'Uphold führt dies selbst durch, sobald {titles} {count, plural, one {erledigt ist} other {erledigt sind}}; von Ihnen wird nichts benötigt.',
    upholdSentence: 'Uphold führt dies selbst durch; von Ihnen wird nichts benötigt.',
    waitsFor: 'Wartet auf {titles}',
    opensOnce: 'Wird geöffnet, sobald {titles} {count, plural, one {erledigt ist} other {erledigt sind}}.',
    yours: 'Wartet auf Ihre Antworten',
    unknown: 'Status unbekannt',
    elsewhere: 'Anderswo zu erledigen',
    complete: 'Uphold hat alles, was es braucht.',
    needsAnswers: 'Uphold benötigt einige Antworten von Ihnen.',
    checkingAll: 'Uphold prüft Ihre Antworten.',
    nothingWaiting: 'Hier wartet nichts auf Ihre Antworten.',
  },
  page: {
    allSteps: 'Alle Schritte bei Uphold',
    heading: 'Ihre Uphold-Verifizierung',
    loading: 'Wird geladen, was Uphold von Ihnen benötigt …',
    loadFailed: 'Ihre Uphold-Verifizierung konnte nicht geladen werden.',
    tryAgain: 'Erneut versuchen',
    requestId: 'Anfrage-ID: {id}',
    stepsDone: '{done} von {total} Schritten erledigt.',
    continue: 'Weiter',
    next: 'Als Nächstes: {title}',
    nextSentence: 'Als Nächstes: {title}.',
    answerHere: 'Was Sie hier beantworten',
    elsewhere: 'Anderswo oder von Uphold erledigt',
    open: 'Öffnen',
    review: 'Ansehen',
    actionOn: '{action}: {title}',
    goTo: 'Zu {title}',
    nothingElse: 'Hier wartet nichts weiter auf Ihre Antworten.',
    loadingProcess: '{title} wird geladen …',
    notAsked: 'Uphold fragt Sie nicht nach {title}.',
  },
  errors: {
    entry: 'Der Eintrag Nummer {n} in dieser Liste: ',
    countryNotSupported: 'Uphold unterstützt dieses Land nicht.',
    countryNotSupportedEntry: 'Uphold unterstützt das Land Nummer {n} in dieser Liste nicht.',
    invalidCharacters:
      'Dies enthält Zeichen, die Uphold nicht akzeptiert. Verwenden Sie Buchstaben, Leerzeichen, Bindestriche und Apostrophe.',
    tinInvalid:
      'Diese Steueridentifikationsnummer ist für ihr Land nicht gültig. Prüfen Sie sie, oder lassen Sie das Feld leer und geben Sie den Grund an, warum Sie keine haben.',
    signatureMismatch: 'Geben Sie Ihren vollständigen Namen genau so ein, wie er in Ihrem Profil steht.',
    notAcceptedValue: 'Uphold hat diesen Wert nicht akzeptiert.',
    citizenshipLocked:
      'Ihre Staatsangehörigkeit kann erst geändert werden, wenn Ihre Identität von dem Partner bestätigt wurde, über den Sie sich registriert haben.',
    dependencies:
      'Uphold benötigt zuerst die Schritte, von denen dieser abhängt: Sehen Sie in der Übersicht nach, welche das sind.',
    formChanged:
      'Uphold hat diese Fragen geändert, seit sie geladen wurden. Laden Sie die Seite neu, um die aktuellen zu beantworten.',
    poBox:
      'Uphold akzeptiert kein Postfach als Anschrift. Geben Sie die Straßenanschrift an, unter der Sie wohnen.',
    notAllowed: 'Uphold erlaubt diese Änderung nicht.',
    rule: {
      required: 'Dieses Feld ist ein Pflichtfeld.',
      minLength: 'Geben Sie mindestens {limit} Zeichen ein.',
      maxLength: 'Verwenden Sie höchstens {limit} Zeichen.',
      pattern: 'Der Wert hat nicht die erwartete Form.',
      date: 'Geben Sie ein gültiges Datum ein (Tag, Monat und Jahr).',
      format: 'Der Wert ist nicht gültig.',
      choose: 'Wählen Sie eine der angebotenen Optionen.',
      uniqueItems: 'Jeder Eintrag darf nur einmal vorkommen.',
      notAsked: 'Danach fragt Uphold nicht.',
      minItems: 'Wählen Sie mindestens {limit}.',
      maxItems: 'Wählen Sie höchstens {limit}.',
    },
    notAcceptedStatus: 'Uphold hat die Änderung nicht akzeptiert ({status}).',
    notAcceptedAnswers:
      'Uphold hat {count, plural, one {eine Ihrer Antworten} other {# Ihrer Antworten}} nicht akzeptiert: Siehe {count, plural, one {das markierte Feld} other {die markierten Felder}}.',
    sessionExpired: 'Ihre Uphold-Sitzung ist abgelaufen.',
    signInRefused: 'Uphold hat Ihre Anmeldung nicht akzeptiert.',
    accessRefused: 'Uphold hat den Zugriff auf Ihr Profil verweigert.',
    accessRefusedSaid: 'Uphold hat den Zugriff auf Ihr Profil verweigert ({said}).',
    notFound: 'Uphold hat keinen solchen KYC-Schritt für diesen Benutzer.',
    tooMany:
      'Uphold erhält zu viele Anfragen. Versuchen Sie es {wait, select, seconds {in {seconds, plural, one {# Sekunde} other {# Sekunden}}} minutes {in {minutes} Minuten} other {gleich}} erneut.',
    otherError: 'Uphold hat mit einem Fehler geantwortet ({status}).',
    otherErrorSaid: 'Uphold hat mit einem Fehler geantwortet ({status}: {said}).',
  },
  flat: {
    sections: { personal: 'Persönliche Angaben', birthplace: 'Geburtsort', address: 'Anschrift' },
    fullName: 'Vollständiger Name',
    fullNamePattern:
      'Geben Sie Ihren vollständigen Namen ein: mindestens zwei Wörter, z. B. „Max Mustermann“.',
    birthdate: 'Geburtsdatum',
    primaryCitizenship: 'Hauptstaatsangehörigkeit',
    otherCitizenships: 'Weitere Staatsangehörigkeiten',
    birthCountry: 'Geburtsland',
    birthTown: 'Geburtsort (Stadt)',
    line1: 'Adresszeile 1',
    line2: 'Adresszeile 2',
    city: 'Ort',
    subdivision: 'Region',
    postalCode: 'Postleitzahl',
    lockedUphold: 'Uphold hat dies überprüft, daher kann es hier nicht geändert werden.',
    lockedPartner:
      'Der Dienst, über den Sie sich registriert haben, hat dies überprüft; bitten Sie ihn, es zu ändern.',
    locked: 'Uphold erlaubt keine Änderung.',
  },
  scenarios: {
    secondCategory:
      'Nachdem Sie Ihre Angaben gespeichert haben, fragt Uphold einen zweiten Abschnitt ab (Anschrift).',
    accountQuestions:
      'Nachdem Sie Ihre Angaben gespeichert haben, fragt Uphold, wie Sie Ihr Konto nutzen werden, und nach Ihrer Arbeit.',
    unknownQuestion: 'Uphold stellt eine Art von Frage, die der Editor nicht anzeigen kann.',
    flatProfile: 'Uphold sendet ein einfaches Profil statt Fragen.',
    flatNameLocked: 'Einfaches Profil: Uphold ignoriert einen geänderten Namen und teilt dies mit.',
    citizenshipLocked: 'Uphold lehnt eine Änderung der Staatsangehörigkeit ab.',
    unauthorized: 'Die Sitzung ist beendet: Die nächste Anfrage fordert Sie auf, sich erneut anzumelden.',
    rateLimited: 'Uphold ist ausgelastet: Speichern wird 30 Sekunden lang abgelehnt.',
    loadError: 'Uphold kann die Übersicht nicht senden (Serverfehler).',
    processFailed: 'Uphold hat die Krypto-Risikobewertung nicht akzeptiert.',
    processExempt: 'Die Erklärung zum Anlegertyp ist für diese Person nicht nötig.',
  },
};
