// Every sentence the editor says about saving, drafts, conflicts, sections and the connection, in one place (for
// the status bar), in the language shown (the profile namespace, src/profile/messages). Each says what really
// happened and what is kept. Plain words are getters, so each read is in the locale shown at that moment.
import { currentLocale, formatList, languageOf } from '../i18n';
import { profileMessages } from './profile-messages';

const t: typeof profileMessages.t = (key, values) => profileMessages.t(key, values);

/** "A", "A and B", "A, B and C" (Intl; English without the serial comma, as it always read). */
const listed = (items: readonly string[]) => {
  const locale = currentLocale();
  return formatList(items, languageOf(locale) === 'en' ? 'en-GB' : locale);
};

export const editorText = {
  get kept() {
    return t('kept');
  },
  get sentenceGap() {
    return t('sentenceGap');
  },
  upToDate: (provider: string) => t('upToDate', { provider }),
  /** The headline of a save, with when it happened ("just now") or without (the announcement). */
  savedHeadline: (part: string | undefined, when?: string) =>
    part
      ? when
        ? t('savedHeadline.partWhen', { part, when })
        : t('savedHeadline.part', { part })
      : when
        ? t('savedHeadline.when', { when })
        : t('savedHeadline.plain'),
  unsavedElsewhere: (parts: readonly string[]) =>
    parts.length === 0
      ? t('newerNotSaved')
      : t('unsavedElsewhere', { parts: listed(parts), count: parts.length }),
  missingRequired: (count: number) => t('missingRequired', { count }),
  /** After a provider action with unsaved changes in the form: the action did not send them. */
  get actionLeftChanges() {
    return t('actionLeftChanges');
  },
  get justNow() {
    return t('justNow');
  },
  minutesAgo: (minutes: number) => t('minutesAgo', { count: minutes }),
  hoursAgo: (hours: number) => t('hoursAgo', { count: hours }),
  get longAgo() {
    return t('longAgo');
  },
  get unsaved() {
    return t('unsaved');
  },
  get unsavedWaiting() {
    return t('unsavedWaiting');
  },
  get notSaved() {
    return t('notSaved');
  },
  get retry() {
    return t('retry');
  },
  get cancel() {
    return t('cancel');
  },
  get discardChanges() {
    return t('discardChanges');
  },
  get discard() {
    return t('discard');
  },
  get signInAgain() {
    return t('signInAgain');
  },
  save: (part: string | undefined) => (part ? t('savePart', { part }) : t('save')),
  get saving() {
    return t('saving');
  },
  get savingProgress() {
    return t('savingProgress');
  },
  get conflictPending() {
    return t('conflictPending');
  },
  /** The error summary's title, focused after a save stopped by invalid fields. */
  summaryTitle: (count: number) => t('summaryTitle', { count }),
  summaryElsewhere: (section: string, count: number) => t('summaryElsewhere', { section, count }),
  /** The section navigation of a long form. */
  get sectionsNav() {
    return t('sectionsNav');
  },
  get tabsLabel() {
    return t('tabsLabel');
  },
  /** A tab's accessible name: its label, then its marks in brackets. */
  tabName: (label: string, marks: { complete: boolean; unsaved: boolean }) =>
    marks.complete || marks.unsaved
      ? t('tabName', {
          label,
          marks: t(
            marks.complete && marks.unsaved
              ? 'tabMarks.both'
              : marks.complete
                ? 'tabMarks.complete'
                : 'tabMarks.unsaved',
          ),
        })
      : label,
  get loadFailed() {
    return t('loadFailed');
  },
  get tryAgain() {
    return t('tryAgain');
  },
  loading: (provider: string) => t('loading', { provider }),
  savedLate: (provider: string) => t('savedLate', { provider }),
  correctFields: (count: number) => t('correctFields', { count }),
  onFileWarning: (message: string) => t('onFileWarning', { message }),
  get nothingToSave() {
    return t('nothingToSave');
  },
  checking: (provider: string) => t('checking', { provider }),
  writing: (provider: string) => t('writing', { provider }),
  get offline() {
    return t('offline');
  },
  get offlineUnsaved() {
    return t('offlineUnsaved');
  },
  get restored() {
    return t('restored');
  },
  otherTabSaved: (provider: string) => t('otherTabSaved', { provider }),
  get conflictTitle() {
    return t('conflictTitle');
  },
  conflict: (provider: string, origin: 'save' | 'other-tab' | 'restore') =>
    t(
      origin === 'save' ? 'conflict.save' : origin === 'other-tab' ? 'conflict.otherTab' : 'conflict.restore',
      {
        provider,
      },
    ),
  get conflictYours() {
    return t('conflictYours');
  },
  conflictSavedAt: (provider: string) => t('conflictSavedAt', { provider }),
  get keepMine() {
    return t('keepMine');
  },
  get useSaved() {
    return t('useSaved');
  },
  get conflictsResolved() {
    return t('conflictsResolved');
  },
  cancelledNothingChanged: (provider: string) => t('cancelledNothingChanged', { provider }),
  cancelledButLanded: (provider: string) => t('cancelledButLanded', { provider }),
  timedOutNotLanded: (provider: string, ms: number) =>
    t('timedOutNotLanded', { provider, seconds: Math.max(1, Math.round(ms / 1000)) }),
  droppedNotLanded: (provider: string) => t('droppedNotLanded', { provider }),
  partlyLanded: (provider: string) => t('partlyLanded', { provider }),
  unknownOutcome: (provider: string) => t('unknownOutcome', { provider }),
  get leaveTitle() {
    return t('leaveTitle');
  },
  get leaveBody() {
    return t('leaveBody');
  },
  get stay() {
    return t('stay');
  },
  get leave() {
    return t('leave');
  },
  get readOnly() {
    return t('readOnly');
  },
  get detailsForSupport() {
    return t('detailsForSupport');
  },
  get requestId() {
    return t('requestId');
  },
  get empty() {
    return t('empty');
  },
  get yes() {
    return t('yes');
  },
  get no() {
    return t('no');
  },
};
