// The input's own value: updated at once on every keystroke, committed to the form after a short pause in
// typing (one form-wide update per pause, not per key) and at once on blur, Enter or unmount, so nothing typed
// is lost and a Save clicked right after typing sends it. A value from outside (reset, server answer) replaces
// the local one unless the user is in the middle of typing.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export const COMMIT_DELAY_MS = 200;

const NOTHING = Symbol('nothing pending');

export function useLocalValue<T>(value: T, commit: (next: T) => void, delayMs = COMMIT_DELAY_MS) {
  const [state, setState] = useState({ local: value, from: value, typing: false });
  let current = state;
  if (!Object.is(value, state.from)) {
    current = { local: state.typing ? state.local : value, from: value, typing: state.typing };
    setState(current);
  }
  const pending = useRef<T | typeof NOTHING>(NOTHING);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (next === NOTHING) return;
    pending.current = NOTHING;
    setState((prev) => ({ ...prev, typing: false }));
    commitRef.current(next);
  }, []);

  const change = useCallback(
    (next: T) => {
      pending.current = next;
      setState((prev) => ({ ...prev, local: next, typing: true }));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => flush, [flush]);
  return [current.local, change, flush] as const;
}
