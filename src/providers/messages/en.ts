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
} as const;
