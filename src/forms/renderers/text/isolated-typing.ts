// Typing that stays out of React: the events of typing in a registered input (keys, beforeinput, input, change,
// and the selection moving in it) are taken at the window, in the capture phase, before React's root listener
// would dispatch each one through the whole form's tree (~1 ms a keystroke on a slow phone, for handlers nothing
// has). The input's own handlers run there; the browser's default actions (the text typed, the caret, Tab,
// Enter submitting the form) are untouched. Keys that move focus or close things (Tab, Escape) and keys with a
// modifier (shortcuts) go on as usual, for focus traps and shortcuts above the input.
interface TypingHandlers {
  /** The input's value changed (input, change). */
  typed?: () => void;
  keyDown?: (event: KeyboardEvent) => void;
  /** Whether this event goes on to React after all (an input whose component must hear some of its typing). */
  passes?: (event: Event) => boolean;
}

const inputs = new WeakMap<EventTarget, TypingHandlers>();
const TYPING_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'textInput',
  'input',
  'change',
] as const;
const PASSED_KEYS = new Set(['Tab', 'Escape']);
let listening = false;

const passesOn = (event: Event) =>
  event instanceof KeyboardEvent &&
  (PASSED_KEYS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey || event.isComposing);

function route(event: Event) {
  const target = event.type === 'selectionchange' ? document.activeElement : event.target;
  const handlers = target ? inputs.get(target) : undefined;
  if (!handlers) return;
  if (event.type === 'keydown' && event instanceof KeyboardEvent) handlers.keyDown?.(event);
  if (event.type === 'input' || event.type === 'change') handlers.typed?.();
  if (!passesOn(event) && !handlers.passes?.(event)) event.stopPropagation();
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of [...TYPING_EVENTS, 'selectionchange']) window.addEventListener(type, route, true);
  // selectionchange is fired at the document: the window's capture listener sees it first.
}

/** Routes the input's typing to `handlers`, away from React; returns the undo. */
export function isolateTyping(input: HTMLElement, handlers: TypingHandlers): () => void {
  listen();
  inputs.set(input, handlers);
  return () => {
    if (inputs.get(input) === handlers) inputs.delete(input);
  };
}
