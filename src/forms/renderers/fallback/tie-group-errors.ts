// JSON Forms' material radio groups show their error under the group without marking the group invalid or tying
// the message to it (after a provider's 409, a single-choice answer list turned red, silently for a screen reader).
// This ties them: each radio group whose helper text is an error gets aria-invalid and aria-describedby (and is
// named by its legend).
import { useEffect, type RefObject } from 'react';

let next = 0;

/** Marks every radio group inside `root` invalid (with its message) or not, as its helper text says. */
export function tieGroupErrors(root: Element): void {
  for (const group of root.querySelectorAll<HTMLElement>('[role=radiogroup]')) {
    const fieldset = group.closest('fieldset');
    // The group is named by its legend (the fieldset's name), so the error summary can name it too.
    const legend = fieldset?.querySelector<HTMLElement>(':scope > legend');
    if (legend && !group.hasAttribute('aria-labelledby') && !group.hasAttribute('aria-label')) {
      if (!legend.id) legend.id = `pe-group-label-${(next += 1)}`;
      group.setAttribute('aria-labelledby', legend.id);
    }
    const help = fieldset?.querySelector<HTMLElement>(':scope > .MuiFormHelperText-root');
    const message = help?.classList.contains('Mui-error') && help.textContent?.trim() ? help : undefined;
    if (message) {
      if (!message.id) message.id = `pe-group-error-${(next += 1)}`;
      if (group.getAttribute('aria-invalid') !== 'true') group.setAttribute('aria-invalid', 'true');
      if (group.getAttribute('aria-describedby') !== message.id)
        group.setAttribute('aria-describedby', message.id);
    } else if (group.hasAttribute('aria-invalid')) {
      group.removeAttribute('aria-invalid');
      group.removeAttribute('aria-describedby');
    }
  }
}

/** Keeps the radio groups rendered inside `root` tied to their errors as they change. */
export function useTiedGroupErrors(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element || typeof MutationObserver === 'undefined') return;
    tieGroupErrors(element);
    const observer = new MutationObserver(() => tieGroupErrors(element));
    observer.observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['class'],
    });
    return () => observer.disconnect();
  });
}
