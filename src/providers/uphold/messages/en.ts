// Uphold's progress words in English (the fallback). Uphold's own questions are shown as Uphold sends them.
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
      'Uphold has your answers so far; some required questions are still empty: answer them to complete {subject}.',
  },
  newQuestions: 'Uphold has new questions for you: {names}.',
} as const;
