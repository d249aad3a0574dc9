// Every sentence the editor says about saving, drafts, conflicts, sections and the connection, in one place (for
// the status bar and translations to come). Each says what really happened and what is kept.
const KEPT = 'Your changes are kept in the form.';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const seconds = (ms: number) => plural(Math.max(1, Math.round(ms / 1000)), 'second', 'seconds');

/** "A", "A and B", "A, B and C". */
const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

export const editorText = {
  kept: KEPT,
  upToDate: (provider: string) => `Your ${provider} profile is up to date.`,
  /** The headline of a save, with when it happened ("just now") or without (the announcement). */
  savedHeadline: (part: string | undefined, when?: string) =>
    `Saved${part ? ` ${part}` : ''}${when ? ` ${when}` : ''}.`,
  unsavedElsewhere: (parts: readonly string[]) =>
    parts.length === 0
      ? 'Your newer changes are not saved yet.'
      : `${listed(parts)} ${parts.length === 1 ? 'has' : 'have'} unsaved changes.`,
  missingRequired: (count: number) =>
    `${plural(count, 'required field is', 'required fields are')} still empty.`,
  /** After a provider action with unsaved changes in the form: the action did not send them. */
  actionLeftChanges: 'Your unsaved changes are still in the form: save them to send them.',
  justNow: 'just now',
  minutesAgo: (minutes: number) => `${plural(minutes, 'minute', 'minutes')} ago`,
  hoursAgo: (hours: number) => `${plural(hours, 'hour', 'hours')} ago`,
  longAgo: 'over a day ago',
  unsaved: 'Unsaved changes',
  unsavedWaiting: 'Unsaved changes: waiting for the connection',
  notSaved: 'Not saved.',
  retry: 'Retry',
  cancel: 'Cancel',
  discardChanges: 'Discard changes',
  signInAgain: 'Sign in again',
  save: (part: string | undefined) => (part ? `Save ${part}` : 'Save'),
  saving: 'Saving…',
  savingProgress: 'Saving',
  conflictPending: 'Nothing was saved yet: choose which values to keep above, then save.',
  /** The error summary's title, focused after a save stopped by invalid fields. */
  summaryTitle: (count: number) =>
    `${plural(count, 'field needs', 'fields need')} correcting before this can be saved`,
  summaryElsewhere: (section: string, count: number) =>
    `${section}: ${plural(count, 'field needs', 'fields need')} correcting`,
  /** The section navigation of a long form. */
  sectionsNav: 'Sections of this form',
  tabsLabel: 'Profile sections',
  loadFailed: 'The profile could not be loaded.',
  tryAgain: 'Try again',
  loading: (provider: string) => `Loading your ${provider} profile…`,
  savedLate: (provider: string) => `${provider} was slow to answer, but your changes arrived (we checked).`,
  correctFields: (count: number) =>
    `Please correct ${count === 1 ? 'the highlighted field' : `the ${count} highlighted fields`} before saving.`,
  onFileWarning: (message: string) =>
    `${message} This value is already on file, so it does not stop saving your other changes.`,
  nothingToSave: 'There is nothing to save.',
  checking: (provider: string) => `Checking your ${provider} profile for changes made elsewhere…`,
  writing: (provider: string) => `Saving to ${provider}…`,
  offline: "You're offline — we'll save when you're back.",
  offlineUnsaved: "You're offline. Your changes are kept on this device; save when you're back.",
  restored: 'Restored your unsaved changes.',
  otherTabSaved: (provider: string) =>
    `Your ${provider} profile was just saved in another tab or window: this form now shows those values. Your unsaved changes are kept.`,
  conflictTitle: 'Changed in two places',
  conflict: (provider: string, origin: 'save' | 'other-tab' | 'restore') =>
    `${
      origin === 'save'
        ? `Nothing was saved: since you opened this form, ${provider} received other values for the fields below.`
        : origin === 'other-tab'
          ? `These fields were just saved with other values in another tab or window.`
          : `Since your unsaved changes were kept, ${provider} received other values for the fields below.`
    } Choose which value to keep for each, then save.`,
  conflictsResolved: 'Your choices are in the form: save to send them.',
  cancelledNothingChanged: (provider: string) =>
    `Save cancelled: nothing was changed at ${provider} (we checked). ${KEPT}`,
  cancelledButLanded: (provider: string) =>
    `${provider} had already received your changes when you cancelled.`,
  timedOutNotLanded: (provider: string, ms: number) =>
    `${provider} did not answer within ${seconds(ms)}, and your changes are not there (we checked). ${KEPT} Try again.`,
  droppedNotLanded: (provider: string) =>
    `${provider} could not be reached: your changes were not saved (we checked). ${KEPT} Check your connection and try again.`,
  partlyLanded: (provider: string) =>
    `${provider} stopped answering part-way: only some of your changes arrived. The others are still marked unsaved in the form; try again.`,
  unknownOutcome: (provider: string) =>
    `${provider} did not answer, and we could not check whether your changes arrived. ${KEPT} Saving again is safe: we compare with what ${provider} holds first.`,
  leaveTitle: 'Leave without saving?',
  leaveBody:
    'Your changes are not saved. If you leave, they stay on this device for 24 hours and come back when you open this profile again.',
};
