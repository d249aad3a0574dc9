// The current time for a "saved 3 minutes ago": re-renders exactly when the words would change (a minute, then an
// hour, after `since`), so the status never claims "just now" for a save made long ago.
import { useEffect, useState } from 'react';
import { nextChangeIn } from './save-status-text';

export function useRelativeNow(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), nextChangeIn(since, Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [since, now]);
  // A save that happened after the last tick is "just now", not in the future.
  return since === undefined ? now : Math.max(now, since);
}
