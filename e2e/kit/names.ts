// The accessible names the kit relies on, in one place: when the editor renames an action or a landmark, this file
// is the one to change (the README's names table lists the names of every field, section and action).

export const names = {
  /** The Save button of a form saved as a whole. */
  save: 'Save',
  /** The Save button of a section saved on its own (Uphold, Nexudus tabs). */
  saveSection: (section: string) => `Save ${section}`,
  /** Drops the user's changes (the editor core's Discard). */
  discard: 'Discard changes',
  signInAgain: 'Sign in again',
  /** The tab list of a form in sections. */
  sections: 'Profile sections',
  /** The note above a form that may not change. */
  readOnly: 'Read-only',
  /** The page that asks for a profile id (a provider route without it). */
  openProfile: 'Open profile',
  /** Sandbox mode: the example profiles offered on the page that asks for a profile id. */
  sandboxProfiles: 'Sandbox profiles',
  /** The demo portal's iframe and its event log. */
  portalFrame: 'Profile editor',
  portalEvents: 'Events from the editor',
} as const;

/** Matches every Save button: 'Save' and 'Save <section>' (not 'Saving…'). */
export const SAVE_BUTTON = /^Save( .+)?$/;
