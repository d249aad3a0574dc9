// Moving between a provider's pages replaces the editor: when it holds unsaved changes, ask before leaving.
import { useCallback, useRef } from 'react';
import type { EditorEvent } from '../profile/editor-events';

export const LEAVE_QUESTION = 'You have changes that are not saved. Leave this page without saving them?';

export function useLeaveGuard() {
  const dirty = useRef(false);
  /** Give this the editor's events. */
  const track = useCallback((event: EditorEvent) => {
    if (event.type === 'dirty') dirty.current = event.dirty;
  }, []);
  /** Whether to go: nothing unsaved, or the user says so. */
  const mayLeave = useCallback(() => {
    if (dirty.current && !window.confirm(LEAVE_QUESTION)) return false;
    dirty.current = false;
    return true;
  }, []);
  const isDirty = useCallback(() => dirty.current, []);
  return { track, mayLeave, isDirty };
}
