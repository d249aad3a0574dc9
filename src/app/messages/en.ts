// The app shell's words in English (the fallback): page titles, headings, the way back, the provider list, the
// not-found and error pages, the colour-scheme menu, the sandbox launcher and the sign-in dialog.
export const en = {
  title: {
    appName: 'Profile editor',
    error: 'Error',
    notFound: 'Not found',
    providerPage: '{provider} profile',
    providerPageIds: '{provider} profile — {ids}',
    providerOverview: '{provider} — overview',
    providerSubpage: '{provider} — {page}',
    chooseProfile: '{provider} — choose a profile',
    couldNotStart: 'Could not start',
    connecting: 'Connecting to the portal',
  },
  shell: {
    sandbox: 'Sandbox',
    sandboxScenarios: 'Sandbox scenarios',
  },
  home: {
    heading: 'Edit your profile',
    intro: 'Choose where your profile lives.',
    sandboxIntro: 'This is the sandbox: every provider is simulated, no account is needed.',
    providers: 'Providers',
    notConfigured: 'Not configured in config.json.',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
    allProviders: 'All providers',
  },
  provider: {
    heading: 'Your {provider} profile',
    ownerPrefix: 'Profile of',
    loadingEditor: 'Loading the {provider} editor…',
    editorFailed: 'The {provider} editor could not be loaded. Check your connection.',
    notConfigured: '{provider} is not configured: add {key} to config.json.',
    tryAgain: 'Try again',
    afresh:
      "You signed in with a token the editor cannot tell is the same person's, so it started afresh: the profile was read again and the unsaved changes from before were discarded.",
  },
  ask: {
    question: 'Which profile do you want to edit? Enter its {label}.',
    open: 'Open profile',
  },
  embed: {
    connecting: 'Connecting to the portal…',
  },
  notFound: {
    heading: 'Page not found',
    message: 'There is no page at this address.',
    profilesAt: 'Profiles can be edited at:',
    separator: ', ',
    goBack: '. Or go back to the {link}.',
    listOfProviders: 'list of providers',
  },
  error: {
    message: 'Something went wrong while showing this page: {message}',
    wayBack: 'You can also go back to the {link}.',
    listOfProviders: 'list of providers',
    tryAgain: 'Try again',
  },
  colorScheme: {
    label: 'Colour scheme',
    current: 'Colour scheme: {scheme}',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    followsDark: 'Follows your device (dark now)',
    followsLight: 'Follows your device (light now)',
  },
  configError: {
    heading: 'The profile editor could not start',
    fieldInvalid: 'config.json: the field "{field}" is not valid',
    unusable: 'config.json could not be used',
    readsFrom: 'The editor reads its settings from {file} when it starts. Expected shape:',
    shapeLabel: 'Expected shape of config.json',
  },
  ids: {
    empty: 'The {name} is empty.',
    dotSegment: '"{value}" is not a valid {name}.',
  },
  embedPage: {
    notFramed:
      "This page shows the profile editor inside a partner portal's iframe. Open a provider from the {link} instead.",
    providerList: 'provider list',
    noProvider: 'There is no provider called "{provider}" (known: {known}).',
    needsParams: '{provider} needs {params} in init.params (or init.profileId).',
    invalidId: '{problem} Send the id as it is (not encoded, not a path).',
    notConfigured: '{provider} is not configured: add providers.{id}.baseUrl to config.json.',
    unknownPage: '{provider} has no page called "{page}".',
  },
  // MUI's own words (the close button of a message, the country picker's buttons and states).
  widgets: {
    close: 'Close',
    open: 'Open',
    clear: 'Clear',
    noOptions: 'No options',
    loading: 'Loading…',
  },
  signIn: {
    title: 'Sign in again',
    body: 'Your session has ended. Paste a new access token from your portal. Your changes stay in the form when the editor can tell the token is yours (a user:password credential with the same user, or a signed token naming you); with any other token it reads the profile again and discards them.',
    token: 'Access token',
    cancel: 'Cancel',
    continue: 'Continue',
  },
} as const;
