// The editor's words in German (formal "Sie").
import type { Translation } from '../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  kept: 'Ihre Änderungen bleiben im Formular erhalten.',
  sentenceGap: ' ',
  upToDate: 'Ihr Profil bei {provider} ist auf dem neuesten Stand.',
  savedHeadline: {
    plain: 'Gespeichert.',
    part: 'Gespeichert: {part}.',
    when: 'Gespeichert ({when}).',
    partWhen: 'Gespeichert: {part} ({when}).',
  },
  newerNotSaved: 'Ihre neueren Änderungen sind noch nicht gespeichert.',
  unsavedElsewhere: '{count, plural, one {{parts} hat} other {{parts} haben}} ungespeicherte Änderungen.',
  missingRequired: '{count, plural, one {# Pflichtfeld ist} other {# Pflichtfelder sind}} noch leer.',
  actionLeftChanges:
    'Ihre ungespeicherten Änderungen sind noch im Formular: Speichern Sie sie, um sie zu senden.',
  justNow: 'gerade eben',
  minutesAgo: 'vor {count, plural, one {# Minute} other {# Minuten}}',
  hoursAgo: 'vor {count, plural, one {# Stunde} other {# Stunden}}',
  longAgo: 'vor über einem Tag',
  unsaved: 'Ungespeicherte Änderungen',
  unsavedWaiting: 'Ungespeicherte Änderungen: Warten auf die Verbindung',
  notSaved: 'Nicht gespeichert.',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  discardChanges: 'Änderungen verwerfen',
  discard: 'Verwerfen',
  signInAgain: 'Erneut anmelden',
  save: 'Speichern',
  savePart: '{part} speichern',
  saving: 'Wird gespeichert…',
  savingProgress: 'Speichern',
  conflictPending:
    'Noch wurde nichts gespeichert: Wählen Sie oben, welche Werte Sie behalten möchten, und speichern Sie dann.',
  summaryTitle:
    '{count, plural, one {# Feld muss} other {# Felder müssen}} korrigiert werden, bevor gespeichert werden kann',
  summaryElsewhere: '{section}: {count, plural, one {# Feld muss} other {# Felder müssen}} korrigiert werden',
  sectionsNav: 'Abschnitte dieses Formulars',
  tabsLabel: 'Profilabschnitte',
  tabMarks: {
    complete: 'vollständig',
    unsaved: 'ungespeicherte Änderungen',
    both: 'vollständig, ungespeicherte Änderungen',
  },
  tabName: '{label} ({marks})',
  loadFailed: 'Das Profil konnte nicht geladen werden.',
  tryAgain: 'Erneut versuchen',
  loading: 'Ihr Profil bei {provider} wird geladen…',
  savedLate:
    '{provider} hat langsam geantwortet, aber Ihre Änderungen sind angekommen (wir haben es geprüft).',
  correctFields:
    'Bitte korrigieren Sie {count, plural, one {das markierte Feld} other {die # markierten Felder}}, bevor Sie speichern.',
  onFileWarning:
    '{message} Dieser Wert ist bereits hinterlegt und verhindert daher nicht, dass Ihre anderen Änderungen gespeichert werden.',
  nothingToSave: 'Es gibt nichts zu speichern.',
  checking: 'Ihr Profil bei {provider} wird auf Änderungen von anderer Stelle geprüft…',
  writing: 'Wird bei {provider} gespeichert…',
  offline: 'Sie sind offline – wir speichern, sobald Sie wieder verbunden sind.',
  offlineUnsaved:
    'Sie sind offline. Ihre Änderungen bleiben auf diesem Gerät erhalten; speichern Sie, sobald Sie wieder verbunden sind.',
  restored: 'Ihre ungespeicherten Änderungen wurden wiederhergestellt.',
  otherTabSaved:
    'Ihr Profil bei {provider} wurde soeben in einem anderen Tab oder Fenster gespeichert: Dieses Formular zeigt jetzt diese Werte. Ihre ungespeicherten Änderungen bleiben erhalten.',
  conflictTitle: 'An zwei Stellen geändert',
  conflict: {
    save: 'Es wurde nichts gespeichert: Seit Sie dieses Formular geöffnet haben, hat {provider} andere Werte für die folgenden Felder erhalten. Wählen Sie für jedes Feld, welchen Wert Sie behalten möchten, und speichern Sie dann.',
    otherTab:
      'Diese Felder wurden soeben in einem anderen Tab oder Fenster mit anderen Werten gespeichert. Wählen Sie für jedes Feld, welchen Wert Sie behalten möchten, und speichern Sie dann.',
    restore:
      'Seit Ihre ungespeicherten Änderungen aufbewahrt wurden, hat {provider} andere Werte für die folgenden Felder erhalten. Wählen Sie für jedes Feld, welchen Wert Sie behalten möchten, und speichern Sie dann.',
  },
  conflictYours: 'Ihr Wert:',
  conflictSavedAt: 'Gespeichert bei {provider}:',
  keepMine: 'Meinen behalten',
  useSaved: 'Gespeicherten Wert übernehmen',
  conflictsResolved: 'Ihre Auswahl ist im Formular: Speichern Sie, um sie zu senden.',
  cancelledNothingChanged:
    'Speichern abgebrochen: Bei {provider} wurde nichts geändert (wir haben es geprüft). Ihre Änderungen bleiben im Formular erhalten.',
  cancelledButLanded: '{provider} hatte Ihre Änderungen bereits erhalten, als Sie abgebrochen haben.',
  timedOutNotLanded:
    '{provider} hat nicht innerhalb von {seconds, plural, one {# Sekunde} other {# Sekunden}} geantwortet, und Ihre Änderungen sind dort nicht angekommen (wir haben es geprüft). Ihre Änderungen bleiben im Formular erhalten. Versuchen Sie es erneut.',
  droppedNotLanded:
    '{provider} war nicht erreichbar: Ihre Änderungen wurden nicht gespeichert (wir haben es geprüft). Ihre Änderungen bleiben im Formular erhalten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  partlyLanded:
    '{provider} hat mittendrin aufgehört zu antworten: Nur ein Teil Ihrer Änderungen ist angekommen. Die übrigen sind im Formular weiterhin als ungespeichert markiert; versuchen Sie es erneut.',
  unknownOutcome:
    '{provider} hat nicht geantwortet, und wir konnten nicht prüfen, ob Ihre Änderungen angekommen sind. Ihre Änderungen bleiben im Formular erhalten. Erneutes Speichern ist sicher: Wir vergleichen zuerst mit dem, was {provider} gespeichert hat.',
  leaveTitle: 'Ohne Speichern verlassen?',
  leaveBody:
    'Ihre Änderungen sind nicht gespeichert. Wenn Sie die Seite verlassen, bleiben sie 24 Stunden auf diesem Gerät und erscheinen wieder, wenn Sie dieses Profil erneut öffnen.',
  stay: 'Auf dieser Seite bleiben',
  leave: 'Verlassen',
  readOnly: 'Nur lesbar',
  detailsForSupport: 'Details für den Support',
  requestId: 'Anfrage-ID:',
  empty: '(leer)',
  yes: 'Ja',
  no: 'Nein',
};
