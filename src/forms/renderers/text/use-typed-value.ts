// What a text input holds while the user types: the input itself (uncontrolled), so a keystroke costs the browser's
// own work and one timer, with no render. What was typed is committed to the form after a short pause in typing,
// at once on blur, Enter, a Save (flush) and unmount, so nothing typed is lost. A value from outside (a reset, the
// server's answer, another tab's save) is written into the input unless the user is in the middle of typing.
import { useCallback, useEffect, useLayoutEffect, useRef, type ChangeEvent, type RefObject } from 'react';

/** How long typing pauses before what was typed is committed to the form (one form-wide update per pause). */
export const COMMIT_DELAY_MS = 200;

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface TypedValueOptions {
  /** The form's value. */
  value: unknown;
  /** The form's value as the input shows it. */
  display: (value: unknown) => string;
  /** What the input holds, as the form's value. */
  parse: (raw: string) => unknown;
  commit: (next: unknown) => void;
  delayMs?: number;
}

/** For the input behind `ref`: its first value, its change handler, and `flush` (commit what is typed now). */
export function useTypedValue(ref: RefObject<TextElement | null>, options: TypedValueOptions) {
  const { value, display, parse, delayMs = COMMIT_DELAY_MS } = options;
  const pending = useRef<{ raw: string } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const typed = pending.current;
    if (typed === undefined) return;
    pending.current = undefined;
    latest.current.commit(latest.current.parse(typed.raw));
  }, []);

  const onChange = useCallback(
    (event: ChangeEvent<TextElement>) => {
      pending.current = { raw: event.target.value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  // A value from outside shows, unless the user is typing (their keystrokes win until committed) or the input
  // already holds it in its own spelling ("12." for 12, "" for no value).
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input || pending.current !== undefined) return;
    if (Object.is(parse(input.value), value)) return;
    input.value = display(value);
  }, [ref, value, parse, display]);

  useEffect(() => flush, [flush]);
  return { defaultValue: display(value), onChange, flush };
}
