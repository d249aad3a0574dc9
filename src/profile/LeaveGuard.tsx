// Asks before an in-app navigation drops unsaved changes (react-router's blocker; needs a data router). The editor
// reports its state through UnsavedChangesContext; leaving keeps the draft on this device, and the dialog says so.
// The dialog's code loads once there is something to lose (never on the first load of a page).
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { createUnsavedChanges, UnsavedChangesContext } from './unsaved-changes';

const LeaveDialog = lazy(async () => ({ default: (await import('./LeaveDialog')).LeaveDialog }));

export function LeaveGuard({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState(false);
  const [registry] = useState(() => createUnsavedChanges(setDirty));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const open = blocker.state === 'blocked';
  // Mounted from the first unsaved change on: ready before anyone can be asked, and its exit transition kept.
  const [needed, setNeeded] = useState(false);
  if ((dirty || open) && !needed) setNeeded(true);
  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      {needed && (
        <Suspense fallback={null}>
          <LeaveDialog open={open} onStay={() => blocker.reset?.()} onLeave={() => blocker.proceed?.()} />
        </Suspense>
      )}
    </UnsavedChangesContext.Provider>
  );
}
