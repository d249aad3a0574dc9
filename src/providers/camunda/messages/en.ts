// Camunda 7's words in English (the fallback): the form's labels, its errors and its sandbox scenarios.
export const en = {
  fields: {
    id: { label: 'User id', readOnly: 'The user id identifies the account and cannot be changed.' },
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
  },
  readOnly:
    "This Camunda engine's identity service is read-only (for example LDAP), so profiles cannot be changed here.",
  userIdRequired: 'A Camunda user id is required in the address: /camunda/<user id>.',
  errors: {
    refused: 'Camunda refused the change: {said}.',
    invalidRequest: 'invalid request',
    sessionEnded: 'Your Camunda session has expired or your credentials were refused.',
    notFoundSaid: 'User not found: {said}.',
    notFound: 'This user does not exist in Camunda.',
  },
  scenarios: {
    readOnly:
      'Camunda’s user directory is read-only (LDAP): the form opens read-only, and saving is refused.',
    unauthorized: 'Camunda refuses the sign-in: every request answers “session ended”.',
    loadError: 'Camunda fails to send the profile (a server error).',
  },
} as const;
