// The editor's one live region: a polite, visually hidden status that says each outcome once (saved, not saved,
// queued, a conflict, a restored draft, another tab's save). Nothing else in the editor is a live region, so a
// screen reader hears every outcome exactly once, however the visible messages change afterwards.
import { visuallyHidden } from '@mui/utils';
import { useAnnouncement } from './use-announcement';

export interface Announcement {
  /** A new id for every announcement: the same words said again are a new node, so they are said again. */
  id: number;
  text: string;
}

export function Announcer({ announcement }: { announcement: Announcement | undefined }) {
  return (
    // Always in the page (a region that appears together with its text is often not read).
    <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </div>
  );
}

/**
 * The live region with what useAnnouncement says: a component of its own, so that taking a new outcome in (a state
 * update while rendering) re-renders this small element, not the whole editor, in the frame of a click on Save.
 */
export function OutcomeAnnouncer(props: Parameters<typeof useAnnouncement>[0]) {
  return <Announcer announcement={useAnnouncement(props)} />;
}
