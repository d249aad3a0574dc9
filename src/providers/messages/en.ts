// Words every provider uses alike (English, the fallback): failures of the connection and wording by situation
// (loading the profile, saving it, or running an action such as Wise's "still correct").
export const en = {
  failure: {
    kept: 'Your changes are kept in the form.',
    tryAgain: 'Try again in a moment.',
    signInAgain: {
      load: 'Sign in again to see your profile.',
      save: 'Sign in again; your changes are kept in the form.',
      action: 'Sign in again, then try once more.',
    },
    unexpected: 'Something went wrong talking to {provider}: {detail}.',
    unreachable: '{provider} could not be reached: {detail} Check your connection and try again.',
    unreadable: '{provider} sent an answer that could not be read: {detail}',
    server: {
      load: '{provider} could not send your profile because of a server error ({status}).',
      save: '{provider} could not save your changes because of a server error ({status}).',
      action: '{provider} could not complete the request because of a server error ({status}).',
    },
    serverSaid: '{provider} said: “{said}”.',
    requestId: '{message} (Request id: {id})',
  },
  owner: {
    nameAndContact: '{name} · {contact}',
  },
  // The provider list's descriptions and what a profile id is called, by registry id and parameter name.
  registry: {
    camunda: 'Camunda Platform 7 identity service: first name, last name and e-mail of an engine user.',
    wise: 'Wise personal profile: name, address, nationality, date of birth, contact details and occupations.',
    navixy:
      'Navixy personal info: legal type, contact person, phone, postal and registered address, tax details.',
    nexudus:
      'Nexudus coworking customer profile: personal and billing details, professional profile, social media, notifications and password.',
    uphold:
      'Uphold KYC: every step Uphold asks of you in one place — profile, due diligence, crypto risk assessment, investor type and tax details — answered section by section.',
  },
  params: {
    userId: 'user id',
    profileId: 'profile id',
  },
} as const;
