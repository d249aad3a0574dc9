// The app shell's words in German (formal "Sie").
import type { Translation } from '../../i18n';
import type { en } from './en';

export const de: Translation<typeof en> = {
  title: {
    appName: 'Profil-Editor',
    error: 'Fehler',
    notFound: 'Nicht gefunden',
    providerPage: 'Profil bei {provider}',
    providerPageIds: 'Profil bei {provider} — {ids}',
    providerOverview: '{provider} — Übersicht',
    providerSubpage: '{provider} — {page}',
    chooseProfile: '{provider} — Profil auswählen',
    couldNotStart: 'Start fehlgeschlagen',
    connecting: 'Verbindung zum Portal wird hergestellt',
  },
  shell: {
    sandbox: 'Sandbox',
    sandboxScenarios: 'Sandbox-Szenarien',
  },
  home: {
    heading: 'Ihr Profil bearbeiten',
    intro: 'Wählen Sie, wo Ihr Profil gespeichert ist.',
    sandboxIntro: 'Dies ist die Sandbox: Alle Anbieter werden simuliert, Sie benötigen kein Konto.',
    providers: 'Anbieter',
    notConfigured: 'Nicht in config.json konfiguriert.',
  },
  breadcrumbs: {
    label: 'Navigationspfad',
    allProviders: 'Alle Anbieter',
  },
  provider: {
    heading: 'Ihr Profil bei {provider}',
    ownerPrefix: 'Profil von',
    loadingEditor: 'Der Editor für {provider} wird geladen…',
    editorFailed: 'Der Editor für {provider} konnte nicht geladen werden. Prüfen Sie Ihre Verbindung.',
    notConfigured: '{provider} ist nicht konfiguriert: Tragen Sie {key} in config.json ein.',
    tryAgain: 'Erneut versuchen',
    afresh:
      'Sie haben sich mit einem Token angemeldet, bei dem der Editor nicht erkennen kann, ob es derselben Person gehört. Deshalb hat er neu begonnen: Das Profil wurde erneut gelesen, und die bisherigen ungespeicherten Änderungen wurden verworfen.',
  },
  ask: {
    question: 'Welches Profil möchten Sie bearbeiten? Geben Sie die Angabe „{label}“ ein.',
    open: 'Profil öffnen',
  },
  embed: {
    connecting: 'Verbindung zum Portal wird hergestellt…',
  },
  notFound: {
    heading: 'Seite nicht gefunden',
    message: 'Unter dieser Adresse gibt es keine Seite.',
    profilesAt: 'Profile können hier bearbeitet werden:',
    separator: ', ',
    goBack: '. Oder kehren Sie zur {link} zurück.',
    listOfProviders: 'Liste der Anbieter',
  },
  error: {
    message: 'Beim Anzeigen dieser Seite ist ein Fehler aufgetreten: {message}',
    wayBack: 'Sie können auch zur {link} zurückkehren.',
    listOfProviders: 'Liste der Anbieter',
    tryAgain: 'Erneut versuchen',
  },
  colorScheme: {
    label: 'Farbschema',
    current: 'Farbschema: {scheme}',
    system: 'System',
    light: 'Hell',
    dark: 'Dunkel',
    followsDark: 'Folgt Ihrem Gerät (derzeit dunkel)',
    followsLight: 'Folgt Ihrem Gerät (derzeit hell)',
  },
  configError: {
    heading: 'Der Profil-Editor konnte nicht starten',
    fieldInvalid: 'config.json: Das Feld "{field}" ist ungültig',
    unusable: 'config.json konnte nicht verwendet werden',
    readsFrom: 'Der Editor liest seine Einstellungen beim Start aus {file}. Erwarteter Aufbau:',
    shapeLabel: 'Erwarteter Aufbau von config.json',
  },
  ids: {
    empty: 'Die Angabe „{name}“ ist leer.',
    dotSegment: '„{value}“ ist keine gültige Angabe für „{name}“.',
  },
  embedPage: {
    notFramed:
      'Diese Seite zeigt den Profil-Editor im iframe eines Partnerportals. Öffnen Sie stattdessen einen Anbieter aus der {link}.',
    providerList: 'Anbieterliste',
    noProvider: 'Es gibt keinen Anbieter namens „{provider}“ (bekannt: {known}).',
    needsParams: '{provider} benötigt {params} in init.params (oder init.profileId).',
    invalidId: '{problem} Senden Sie die ID unverändert (nicht kodiert, kein Pfad).',
    notConfigured: '{provider} ist nicht konfiguriert: Tragen Sie providers.{id}.baseUrl in config.json ein.',
    unknownPage: '{provider} hat keine Seite namens „{page}“.',
  },
  widgets: {
    close: 'Schließen',
    open: 'Öffnen',
    clear: 'Leeren',
    noOptions: 'Keine Optionen',
    loading: 'Wird geladen…',
  },
  signIn: {
    title: 'Erneut anmelden',
    body: 'Ihre Sitzung ist abgelaufen. Fügen Sie ein neues Zugriffstoken aus Ihrem Portal ein. Ihre Änderungen bleiben im Formular, wenn der Editor erkennen kann, dass das Token Ihnen gehört (eine user:password-Anmeldung mit demselben Benutzer oder ein signiertes Token mit Ihrem Namen); bei jedem anderen Token liest er das Profil erneut und verwirft sie.',
    token: 'Zugriffstoken',
    cancel: 'Abbrechen',
    continue: 'Weiter',
  },
};
