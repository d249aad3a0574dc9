// Navixy's words in English (the fallback): the form's sections and fields, its notices, errors and sandbox
// scenarios.
export const en = {
  legalTypes: {
    individual: 'Individual',
    sole_trader: 'Sole trader',
    legal_entity: 'Legal entity',
  },
  sections: {
    contact: 'Contact person',
    business: 'Business details',
    businessDescription:
      'Your legal type; legal entities and sole traders also give their business details here.',
    post: 'Postal address',
    registered: 'Registered address',
  },
  fields: {
    legalType: 'Legal type',
    legalTypeHelp: 'Decides which details Navixy keeps for the account.',
    firstName: 'First name',
    middleName: 'Middle name',
    lastName: 'Last name',
    phone: 'Phone',
    phonePattern: 'Use up to 15 digits, country code first, e.g. 49 176 1234567.',
    phoneHelp: 'Optional. Digits with the country code, e.g. 49 176 1234567.',
    legalName: 'Legal name',
    legalNameHelp: 'Required for legal entities.',
    tin: 'Taxpayer identification number (TIN)',
    tinHelp: 'Required. VAT number, EIN, INN or the equivalent.',
    iec: 'Industrial Enterprises Classifier (KPP)',
    iecHelp: 'Used in Russia; leave empty elsewhere.',
    okpoCode: 'OKPO code',
    okpoCodePattern: 'An OKPO code has 8 or 10 characters.',
    stateRegNum: 'State registration number',
    stateRegNumHelp: 'E.g. EIN in the USA, OGRN in Russia. {notOnFile}',
  },
  address: {
    post: 'postal',
    registered: 'registered',
    country: 'Country ({which})',
    index: 'Postcode ({which})',
    region: 'Region or state ({which})',
    city: 'City ({which})',
    streetAddress: 'Street address ({which})',
  },
  notOnFile:
    'Not on file: Navixy does not show the value it holds. Leave empty to keep it; type a value to replace it.',
  noPlugin:
    'Your Navixy account does not include the personal-info feature (plugin 45), so these details cannot be changed here. Ask your Navixy service provider to enable it.',
  unknownPlugins:
    'Navixy did not say whether your account may change its personal info; if it may not, saving will tell you.',
  codes: {
    database: 'Navixy had a database error.',
    serviceAuth: 'Navixy could not authorise this service (service auth error).',
    sessionKey: 'Navixy did not accept your session key.',
    sessionEnded: 'Your Navixy session has ended.',
    wrongFormat: 'Navixy could not read the request (wrong request format).',
    unexpected: 'Navixy had an unexpected error.',
    refused: 'Navixy refused some of the values.',
    tryLater: 'Navixy is busy or unavailable right now.',
    tooLarge: 'The request was too large for Navixy. Shorten the longest fields.',
    accessDenied: 'Navixy denied access: your account is not allowed to change these details here.',
    noDealer: "Navixy could not find your service provider's account (dealer).",
    notPermitted: 'Navixy does not permit this account to change its personal info.',
    tooMany: 'Too many requests to Navixy. Wait a minute, then try again.',
    demo: 'This is a Navixy demo account: its details cannot be changed.',
  },
  errors: {
    seeHighlighted: ' See the highlighted fields.',
    otherCode: {
      load: 'Navixy could not send your details (error {code}{said}).',
      save: 'Navixy could not save the details (error {code}{said}).',
    },
  },
  scenarios: {
    noPlugin: 'The account lacks the personal-info feature: the form opens read-only.',
    sessionExpired: 'The session has ended: the next request asks you to sign in again.',
    invalidTin: 'Navixy refuses the tax number (TIN) when you save.',
  },
} as const;
