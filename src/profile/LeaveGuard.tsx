// Asks before an in-app navigation drops unsaved changes (react-router's blocker; needs a data router). The editor
// reports its state through UnsavedChangesContext; leaving keeps the draft on this device, and the dialog says so.
// The dialog's code (MUI's Dialog) loads when the form first holds unsaved changes, not with the page; should it
// fail to load (the connection dropped), the browser's own confirmation asks the same question.
import { lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { OnDemand } from '../forms/on-demand';
import { editorText } from './editor-text';
import type { LeaveQuestionProps } from './LeaveDialog';
import { createUnsavedChanges, UnsavedChangesContext } from './unsaved-changes';

const loadDialog = () => import('./LeaveDialog');
const LeaveDialog = lazy(async () => ({ default: (await loadDialog()).LeaveDialog }));

export function LeaveGuard({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const [registry] = useState(() => createUnsavedChanges(setDirty));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const open = blocker.state === 'blocked';
  // Mounted from the first question on, so that closing keeps the dialog's exit transition.
  const [askedOnce, setAskedOnce] = useState(false);
  if (open && !askedOnce) setAskedOnce(true);
  useEffect(() => {
    if (dirty) loadDialog().catch(() => undefined);
  }, [dirty]);
  const question: LeaveQuestionProps = {
    open,
    onStay: () => blocker.reset?.(),
    onLeave: () => blocker.proceed?.(),
  };
  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      {askedOnce && (
        <OnDemand loading={null} fallback={open ? <AskNatively {...question} /> : null}>
          <LeaveDialog {...question} />
        </OnDemand>
      )}
    </UnsavedChangesContext.Provider>
  );
}

/** The same question in the browser's own dialog, asked once per blocked navigation. */
function AskNatively({ onStay, onLeave }: LeaveQuestionProps) {
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    if (window.confirm(`${editorText.leaveTitle}\n\n${editorText.leaveBody}`)) onLeave();
    else onStay();
  }, [onStay, onLeave]);
  return null;
}
