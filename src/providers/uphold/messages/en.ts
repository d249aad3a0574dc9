// Uphold's own words in English (the fallback): progress, status, the KYC overview and process pages, the
// processes' names, and the sandbox scenarios. Uphold's questions themselves are shown as Uphold sends them.
export const en = {
  progress: {
    sections: '{done} of {total} sections done',
    left: '{count, plural, =0 {no required answers left} one {# required answer left} other {# required answers left}}',
    joined: '{sections} · {left}',
    leftOnly: '{count, plural, one {# required answer left} other {# required answers left}}',
    allDone: 'All required answers are given.',
  },
  status: {
    okButEmpty:
      'Uphold has your answers so far; some required questions are still empty: answer them to complete {subject, select, profile {this profile} other {this step}}.',
    ok: 'Uphold has everything it needs from {subject, select, profile {this profile} other {this step}}.',
    pending: 'Uphold is waiting for answers from you.',
    checking: 'Uphold is checking your answers; this can take a moment.',
    failed:
      'Uphold could not accept {subject, select, profile {this profile} other {this step}}. Check your answers, or contact support.',
    exempt: 'You do not need to complete {subject, select, profile {this profile} other {this step}}.',
    other: 'Status at Uphold: {status}.',
    modelNone: 'Nobody needs to verify these details.',
    modelPartner: 'The service you signed up through verifies these details.',
    modelUphold: 'Uphold verifies these details itself.',
    modelOther: 'Verification: {model}.',
    automatic: ' Uphold checks them automatically once you save.',
  },
  newQuestions: 'Uphold has new questions for you: {names}.',
  noFurtherQuestions: 'Uphold has no further questions for now.',
  notApplied: 'Uphold did not apply every change: see the notes under the fields concerned.',
  noFormId:
    'Uphold sent these questions without a form id, so they cannot be answered here yet. Try again later, or contact Uphold support.',
  processes: {
    profile: { title: 'Profile', about: 'Your full name, citizenship, date and place of birth.' },
    customerDueDiligence: {
      title: 'Customer due diligence',
      about: 'How you will use Uphold and where your money comes from.',
    },
    cryptoRiskAssessment: {
      title: 'Crypto risk assessment',
      about: 'A few questions on your experience with crypto and how you feel about its risks.',
    },
    selfCategorizationStatement: {
      title: 'Investor type',
      about: 'Which kind of investor you are, as the UK regulator (FCA) defines them.',
    },
    taxDetails: { title: 'Tax details', about: 'Where you pay tax, and your tax identification number.' },
    email: {
      title: 'E-mail address',
      about: 'Given to Uphold by the service you signed up through; change it there.',
    },
    phone: {
      title: 'Phone number',
      about: 'Given to Uphold by the service you signed up through; change it there.',
    },
    address: {
      title: 'Home address',
      about: 'Given to Uphold by the service you signed up through; change it there.',
    },
    identity: {
      title: 'Identity document',
      about:
        'A photo of your passport or identity card, taken in the app of the service you signed up through; it cannot be done here.',
    },
    proofOfAddress: {
      title: 'Proof of address',
      about:
        'A recent utility bill or bank statement, uploaded in the app of the service you signed up through; it cannot be done here.',
    },
    enhancedDueDiligence: {
      title: 'Enhanced due diligence',
      about:
        'Documents showing where your money comes from, uploaded in the app of the service you signed up through; it cannot be done here.',
    },
    screening: {
      title: 'Screening',
      about: 'Uphold checks public lists itself; nothing is needed from you.',
    },
    risk: { title: 'Risk review', about: 'Uphold reviews your answers itself; nothing is needed from you.' },
    unknownAbout: 'Uphold has not said how this step is completed; ask the service you signed up through.',
  },
  journey: {
    done: 'Done',
    exempt: 'Not needed',
    exemptSentence: 'Uphold does not need this from you.',
    checking: 'Uphold is checking',
    checkingSentence: 'Uphold is checking what you sent; this usually takes a moment.',
    failed: 'Not accepted',
    failedSentence: 'Uphold could not accept this. Contact Uphold support to find out what happens next.',
    uphold: 'Uphold handles this',
    upholdOnce:
      'Uphold runs this itself once {titles} {count, plural, one {is} other {are}} done; nothing is needed from you.',
    upholdSentence: 'Uphold runs this itself; nothing is needed from you.',
    waitsFor: 'Waits for {titles}',
    opensOnce: 'Opens once {titles} {count, plural, one {is} other {are}} done.',
    yours: 'Waiting for your answers',
    unknown: 'Status unknown',
    elsewhere: 'To do elsewhere',
    complete: 'Uphold has everything it needs.',
    needsAnswers: 'Uphold needs some answers from you.',
    checkingAll: 'Uphold is checking your answers.',
    nothingWaiting: 'Nothing is waiting for your answers here.',
  },
  page: {
    heading: 'Your Uphold verification',
    loading: 'Loading what Uphold needs from you…',
    loadFailed: 'Your Uphold verification could not be loaded.',
    tryAgain: 'Try again',
    requestId: 'Request id: {id}',
    stepsDone: '{done} of {total} steps done.',
    continue: 'Continue',
    next: 'Next: {title}',
    nextSentence: 'Next: {title}.',
    answerHere: 'What you answer here',
    elsewhere: 'Done elsewhere or by Uphold',
    open: 'Open',
    review: 'Review',
    actionOn: '{action} {title}',
    goTo: 'Go to {title}',
    nothingElse: 'Nothing else is waiting for your answers here.',
    loadingProcess: 'Loading {title}…',
    notAsked: 'Uphold does not ask you for {title}.',
  },
  errors: {
    entry: 'The entry number {n} in this list: ',
    countryNotSupported: 'Uphold does not support this country.',
    countryNotSupportedEntry: 'Uphold does not support the country number {n} in this list.',
    invalidCharacters:
      'This contains characters Uphold does not accept. Use letters, spaces, hyphens and apostrophes.',
    tinInvalid:
      'This tax identification number is not valid for its country. Check it, or leave it empty and give the reason you have none.',
    signatureMismatch: 'Type your full name exactly as it is on your profile.',
    notAcceptedValue: 'Uphold did not accept this value.',
    citizenshipLocked:
      'Your citizenship can only be changed once your identity has been verified by the partner you signed up with.',
    dependencies: 'Uphold needs the steps this one depends on first: go back to the overview to see which.',
    formChanged:
      'Uphold has changed these questions since they were loaded. Reload the page to answer the current ones.',
    poBox: 'Uphold does not accept a PO box as an address. Enter the street address where you live.',
    notAllowed: 'Uphold does not allow this change.',
    rule: {
      required: 'This field is required.',
      minLength: 'Enter at least {limit} characters.',
      maxLength: 'Use at most {limit} characters.',
      pattern: 'The value is not in the expected form.',
      date: 'Enter a real date (day, month and year).',
      format: 'The value is not valid.',
      choose: 'Choose one of the options offered.',
      uniqueItems: 'Each entry may appear only once.',
      notAsked: 'Uphold does not ask for this.',
      minItems: 'Choose at least {limit}.',
      maxItems: 'Choose at most {limit}.',
    },
    notAcceptedStatus: 'Uphold did not accept the change ({status}).',
    notAcceptedAnswers:
      'Uphold did not accept {count, plural, one {one of your answers} other {# of your answers}}: see the highlighted {count, plural, one {field} other {fields}}.',
    sessionExpired: 'Your Uphold session has expired.',
    signInRefused: 'Uphold did not accept your sign-in.',
    accessRefused: 'Uphold refused access to your profile.',
    accessRefusedSaid: 'Uphold refused access to your profile ({said}).',
    notFound: 'Uphold has no such KYC step for this user.',
    tooMany:
      'Uphold is receiving too many requests. Try again {wait, select, seconds {in {seconds, plural, one {# second} other {# seconds}}} minutes {in {minutes} minutes} other {in a moment}}.',
    otherError: 'Uphold answered with an error ({status}).',
    otherErrorSaid: 'Uphold answered with an error ({status}: {said}).',
  },
  scenarios: {
    secondCategory: 'After you save your details, Uphold asks for a second section (Address).',
    accountQuestions:
      'After you save your details, Uphold asks how you will use your account and about your work.',
    unknownQuestion: 'Uphold asks a kind of question the editor cannot show.',
    flatProfile: 'Uphold sends a plain profile instead of questions.',
    flatNameLocked: 'Plain profile: Uphold ignores a changed name and says so.',
    citizenshipLocked: 'Uphold refuses a change of nationality.',
    unauthorized: 'The session has ended: the next request asks you to sign in again.',
    rateLimited: 'Uphold is busy: saving is refused for 30 seconds.',
    loadError: 'Uphold fails to send the overview (a server error).',
    processFailed: 'Uphold did not accept the crypto risk assessment.',
    processExempt: 'The investor type statement is not needed for this person.',
  },
} as const;
