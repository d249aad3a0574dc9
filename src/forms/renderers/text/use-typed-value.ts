// What a text input holds while the user types: the input itself (uncontrolled), so a keystroke costs the browser's
// own work and one timer, with no render. What was typed is committed to the form after a short pause in typing,
// at once on blur, Enter, a Save (flush) and unmount, so nothing typed is lost. A value from outside (a reset, the
// server's answer, another tab's save) is written into the input unless the user is in the middle of typing.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { isolateTyping } from './isolated-typing';

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
  /** Also run on a key pressed in the input (React's onKeyDown does not see it: see below). */
  onKeyDown?: (event: KeyboardEvent) => void;
}

/**
 * For the input behind `ref`: its first value and `flush` (commit what is typed now). The events of typing stay in
 * the input (isolated-typing.ts): what is typed is heard here, and they do not go on to React's root listener,
 * which would dispatch each one through the whole form's tree although nothing above the input listens to them.
 * So give the input no onChange or onKeyDown, and use it only where no component around it needs to hear typing
 * (not in MUI's own inputs, whose label follows what they hold).
 */
export function useTypedValue(ref: RefObject<TextElement | null>, options: TypedValueOptions) {
  const { value, display, parse, delayMs = COMMIT_DELAY_MS } = options;
  // What was typed and not yet committed: the input that holds it (read when committing, also once detached) and
  // when the last keystroke was.
  const pending = useRef<{ input: TextElement; at: number } | undefined>(undefined);
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
    latest.current.commit(latest.current.parse(typed.input.value));
  }, []);

  // One timer per pause, not one per keystroke: when it fires early (typing went on), it waits out the rest.
  const afterPause = useCallback(
    function wait(ms: number) {
      timer.current = setTimeout(() => {
        timer.current = undefined;
        const typed = pending.current;
        if (typed === undefined) return;
        const quiet = Date.now() - typed.at;
        if (quiet < delayMs) wait(delayMs - quiet);
        else flush();
      }, ms);
    },
    [delayMs, flush],
  );

  const typedNow = useCallback(
    (input: TextElement) => {
      // What the form holds already (the `change` event as the input is left, typing back to the saved value):
      // nothing to commit, so no form-wide update either.
      if (pending.current === undefined && Object.is(latest.current.parse(input.value), latest.current.value))
        return;
      pending.current = { input, at: Date.now() };
      if (timer.current === undefined) afterPause(delayMs);
    },
    [afterPause, delayMs],
  );

  // Routed to this input's handlers (again should the element change).
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    return isolateTyping(input, {
      typed: () => typedNow(input),
      keyDown: (event) => latest.current.onKeyDown?.(event),
    });
  });

  // A value from outside shows, unless the user is typing (their keystrokes win until committed) or the input
  // already holds it in its own spelling ("12." for 12, "" for no value).
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input || pending.current !== undefined) return;
    if (Object.is(parse(input.value), value)) return;
    input.value = display(value);
  }, [ref, value, parse, display]);

  useEffect(() => flush, [flush]);
  return { defaultValue: display(value), flush };
}
