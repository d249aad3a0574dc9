// The error summary's content: after a save refused by invalid fields, the fields the form shows as invalid (read
// from the page once their messages are drawn), kept up to date while the person corrects them, until the next
// outcome. `attempt` is the refused save: a new one moves the focus to the summary again.
import { useEffect, useState, type RefObject } from 'react';
import type { SaveStatus } from './editor-state';
import { invalidFieldsIn, type InvalidField } from './invalid-fields';

/** How many frames to wait for the messages of a refused save to be drawn (a long form renders in slices). */
const MAX_FRAMES = 30;

export interface ErrorSummaryState {
  attempt: SaveStatus;
  fields: InvalidField[];
}

export function useErrorSummary(
  root: RefObject<HTMLElement | null>,
  status: SaveStatus,
  /** Changes whenever the messages shown change (the visible errors). */
  errorsKey: string,
): ErrorSummaryState | undefined {
  const refused = status.kind === 'failed' && status.failure.kind === 'validation' ? status : undefined;
  const [summary, setSummary] = useState<ErrorSummaryState | undefined>(undefined);
  useEffect(() => {
    if (!refused) return;
    let frame = 0;
    let frames = 0;
    const collect = () => {
      const element = root.current;
      if (!element) return;
      const fields = invalidFieldsIn(element).filter((field) => field.label !== '');
      if (fields.length === 0 && frames++ < MAX_FRAMES) {
        frame = requestAnimationFrame(collect);
        return;
      }
      setSummary({ attempt: refused, fields });
    };
    frame = requestAnimationFrame(collect);
    return () => cancelAnimationFrame(frame);
  }, [root, refused, errorsKey]);
  return summary && summary.attempt === refused ? summary : undefined;
}
