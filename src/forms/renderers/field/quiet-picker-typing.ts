// Typing in a picker without its work in the key's frame. A picker (MUI's useAutocomplete) re-renders on each
// character typed, to filter its list: on a long form at 4× CPU that is ~10 ms of script a key (React's dispatch of
// five events, the picker's render and commit), and 20–40 ms when its list changes, where a text field's key costs ~2.
// Here the events of typing a character stay in the input (they do not go on to React, as a text field's:
// isolated-typing.ts), so the character shows in the key's own frame, and the picker hears the text:
// - in the task after that frame when the text changes what its list shows (or opens it, or empties the input):
//   the list follows the text a frame later, as React's useDeferredValue would have it;
// - after a short pause in typing when it changes nothing shown (once "ab" matches no option, "abc" matches none
//   either; "Switz" and "Switze" both list Switzerland only), and when its options change (a list that loaded);
// - at once before any other key (arrows, Enter, Escape, Tab, Backspace, shortcuts), a press of the pointer anywhere,
//   or the input losing focus, so the picker always acts on the text the person sees.
// The input is uncontrolled (its text is the person's), and a text the picker sets itself (an option chosen, the
// input reset as it is left, Escape) is written into it: ComboboxInput.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from '../../after-paint';
import { isolateTyping } from '../text/isolated-typing';

/** How long typing pauses before the picker is told what the input holds. */
export const SETTLE_DELAY_MS = 200;

export interface PickerState<T> {
  /** The text the picker last heard. */
  heard: string;
  /** Whether its list is open (it may show no option). */
  open: boolean;
  /** The label of the option chosen, if any. */
  chosenLabel: string | undefined;
  /** The options its list shows for a text. */
  matching: (text: string) => readonly T[];
}

/** A key that types a character (and nothing else: no shortcut). */
export const typesCharacter = (event: KeyboardEvent) =>
  [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

const sameOptions = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((option, index) => option === b[index]);

/**
 * Whether the picker would show the same thing for `text` as it shows now: its list open and the same options in
 * it (then it hears the text after a pause; otherwise after the key's frame). A text that is empty (clearing the
 * input clears the choice) or the chosen option's label (which lists every option until the person types) always
 * counts as a change.
 */
export function changesNothingShown<T>(text: string, state: PickerState<T>): boolean {
  const { heard, open, chosenLabel, matching } = state;
  if (!open || text === '' || heard === '' || text === chosenLabel || heard === chosenLabel) return false;
  return sameOptions(matching(text), matching(heard));
}

const TELL_ON = ['pointerdown', 'focusout'] as const;

/**
 * The typing of `input` as its picker hears it: `passes` decides which events go on to React, `keyDown` tells the
 * picker what the input holds before a key that is not a character; `stop` ends it.
 */
export function pickerTypingGate<T>(input: HTMLInputElement, stateNow: () => PickerState<T>) {
  // The input holds text the picker has not heard.
  let unheard = false;
  let telling = false;
  let stopped = false;
  let tellingAfterPaint = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keptAt = 0;

  function heard() {
    unheard = false;
    clearTimeout(timer);
    timer = undefined;
    for (const type of TELL_ON) window.removeEventListener(type, tell, true);
  }

  // Tells the picker what the input holds: an `input` event as the browser would fire it, which React hears as a
  // change (its own record of the input's value is still the last one it heard) and renders at once.
  function tell() {
    const due = unheard;
    heard();
    if (!due || stopped) return;
    telling = true;
    try {
      flushSync(() => input.dispatchEvent(new Event('input', { bubbles: true })));
    } finally {
      telling = false;
    }
  }

  // One timer per pause, not one per key: when it fires early (typing went on), it waits out the rest.
  function waitForPause(ms: number) {
    timer = setTimeout(() => {
      const quiet = performance.now() - keptAt;
      if (quiet < SETTLE_DELAY_MS) waitForPause(SETTLE_DELAY_MS - quiet);
      else tell();
    }, ms);
  }

  function keptBack(changesList: boolean) {
    if (!unheard) for (const type of TELL_ON) window.addEventListener(type, tell, true);
    unheard = true;
    keptAt = performance.now();
    if (!changesList) {
      if (timer === undefined) waitForPause(SETTLE_DELAY_MS);
    } else if (!tellingAfterPaint) {
      tellingAfterPaint = true;
      void afterPaint().then(() => {
        tellingAfterPaint = false;
        tell();
      });
    }
  }

  return {
    keyDown(event: KeyboardEvent) {
      if (!typesCharacter(event)) tell();
    },
    passes(event: Event): boolean {
      if (event.type === 'input') {
        // An input method composing text (CJK, accents) is left to the browser and the picker as it is.
        const composing = event instanceof InputEvent && event.isComposing;
        if (telling || composing) {
          heard();
          return true;
        }
        keptBack(!changesNothingShown(input.value, stateNow()));
        return false;
      }
      if (event.type === 'change') {
        heard();
        return true;
      }
      // The keys that do something in the picker go on; not the events of typing a character, nor selection changes.
      return event instanceof KeyboardEvent && !typesCharacter(event);
    },
    /** The picker set the input's text itself (an option chosen, the input reset as it is left, Escape). */
    show(text: string) {
      if (input.value !== text) input.value = text;
    },
    /** The options changed (a list that loaded): the picker filters them with what the input holds. */
    optionsChanged() {
      if (!unheard) return;
      clearTimeout(timer);
      timer = setTimeout(tell, 0);
    },
    stop() {
      stopped = true;
      heard();
    },
  };
}

/**
 * Keeps the characters typed into `input` out of its picker until they matter (see above), and writes into the
 * (uncontrolled) input a text the picker sets itself.
 */
export function useQuietPickerTyping<T>(input: RefObject<HTMLInputElement | null>, state: PickerState<T>) {
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const gate = useRef<ReturnType<typeof pickerTypingGate<T>> | undefined>(undefined);
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    const typing = pickerTypingGate(element, () => latest.current);
    const undo = isolateTyping(element, typing);
    gate.current = typing;
    return () => {
      undo();
      typing.stop();
      gate.current = undefined;
    };
  }, [input]);
  useEffect(() => gate.current?.optionsChanged(), [state.matching]);
  const { heard } = state;
  useLayoutEffect(() => gate.current?.show(heard), [heard]);
}
