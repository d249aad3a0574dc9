// Test harness for LeaveGuard: a data router with a page that reports unsaved changes and a link away.
import { createMemoryRouter, Link, RouterProvider, useLocation } from 'react-router';
import { LeaveGuard } from './LeaveGuard';
import { useReportUnsaved } from './unsaved-changes';

function Page({ dirty }: { dirty: boolean }) {
  useReportUnsaved(dirty);
  return (
    <>
      <output aria-label="location">{useLocation().pathname}</output>
      <Link to="/elsewhere">Elsewhere</Link>
    </>
  );
}

export function guardedRouter(dirty: boolean) {
  return createMemoryRouter([
    {
      path: '*',
      element: (
        <LeaveGuard>
          <Page dirty={dirty} />
        </LeaveGuard>
      ),
    },
  ]);
}

export function GuardedApp({ router }: { router: ReturnType<typeof guardedRouter> }) {
  return <RouterProvider router={router} />;
}
