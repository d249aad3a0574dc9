// When the person last pressed a key or a pointer: the rest of a long form is rendered while they do not, so a
// click or a keystroke on a field never shares its frame with the style and layout of twenty fields far below.
// Scrolling does not count: someone scrolling down wants the rest of the form.
const EVENTS = ['keydown', 'pointerdown', 'input'] as const;
let lastInputAt = Number.NEGATIVE_INFINITY;
let listening = false;

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const heard = () => {
    lastInputAt = performance.now();
  };
  for (const type of EVENTS) window.addEventListener(type, heard, { capture: true, passive: true });
}

/**
 * Runs `task` once no key or pointer has been pressed for `quietMs` (at once if none was). Returns a cancel function.
 */
export function whenInputQuiet(task: () => void, quietMs: number): () => void {
  listen();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const quietFor = performance.now() - lastInputAt;
    if (quietFor >= quietMs) {
      timer = undefined;
      task();
    } else {
      timer = setTimeout(check, quietMs - quietFor);
    }
  };
  check();
  return () => clearTimeout(timer);
}
