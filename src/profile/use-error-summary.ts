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

const sameFields = (a: readonly InvalidField[], b: readonly InvalidField[]) =>
  a.length === b.length &&
  a.every(
    (field, i) => field.id === b[i]?.id && field.label === b[i]?.label && field.message === b[i]?.message,
  );

export function useErrorSummary(
  root: RefObject<HTMLElement | null>,
  status: SaveStatus,
  /** Changes whenever the messages shown change (the visible errors). */
  errorsKey: string,
): ErrorSummaryState | undefined {
  const refused = status.kind === 'failed' && status.failure.kind === 'validation' ? status : undefined;
  const [summary, setSummary] = useState<ErrorSummaryState | undefined>(undefined);
  useEffect(() => {
    const element = root.current;
    if (!refused || !element) return;
    let frame = 0;
    let frames = 0;
    let first = true;
    const collect = () => {
      frame = 0;
      const fields = invalidFieldsIn(element).filter((field) => field.label !== '');
      if (first && fields.length === 0 && frames++ < MAX_FRAMES) {
        frame = requestAnimationFrame(collect);
        return;
      }
      first = false;
      setSummary((current) =>
        current?.attempt === refused && sameFields(current.fields, fields)
          ? current
          : { attempt: refused, fields },
      );
    };
    frame = requestAnimationFrame(collect);
    // The fields' messages are drawn by each control in its own time (a busy page may draw one a few frames after
    // another): whatever changes an invalid mark or a message while the summary is shown is read again.
    const observer = new MutationObserver(() => {
      if (!first && frame === 0) frame = requestAnimationFrame(collect);
    });
    observer.observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-invalid', 'aria-describedby'],
    });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, refused, errorsKey]);
  return summary && summary.attempt === refused ? summary : undefined;
}
