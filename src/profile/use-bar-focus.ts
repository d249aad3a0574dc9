// Focus that stays in the save bar: when the button that had the focus goes away (Cancel once the save stopped,
// Retry once it runs again, Sign in again once signed in), the focus moves to Save instead of falling to <body>.
// Also tells whether the bar floats (sticky at the bottom of the screen) or sits where the form ends, and keeps
// room for it when the page scrolls to a field, so the bar never hides the field that has the focus.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useFocusStaysInBar(bar: RefObject<HTMLElement | null>, save: RefObject<HTMLElement | null>) {
  const inside = useRef(false);
  useEffect(() => {
    const track = (event: Event) => {
      inside.current = event.target instanceof Node && bar.current?.contains(event.target) === true;
    };
    document.addEventListener('focusin', track);
    // A click on the page's background takes the focus away without a focusin.
    document.addEventListener('pointerdown', track);
    return () => {
      document.removeEventListener('focusin', track);
      document.removeEventListener('pointerdown', track);
    };
  }, [bar]);
  useLayoutEffect(() => {
    const active = document.activeElement;
    // The bar is where the person is working: moving the focus within it must not scroll the page.
    if (inside.current && (active === null || active === document.body))
      save.current?.focus({ preventScroll: true });
  });
}

/** Whether a sticky bar is floating over the form (its natural place, marked by `sentinel`, is below the screen). */
export function useFloating(sentinel: RefObject<HTMLElement | null>): boolean {
  const [floating, setFloating] = useState(false);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry) return;
      const below = entry.boundingClientRect.top > (entry.rootBounds?.bottom ?? window.innerHeight);
      setFloating(!entry.isIntersecting && below);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [sentinel]);
  return floating;
}

/**
 * While the bar is on the page, scrolling to an element (Tab, a summary's link, scrollIntoView) leaves the bar's
 * height free at the bottom of the screen (`scroll-padding-bottom`), so a focused field is never under the bar.
 */
export function useRoomForBar(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const before = root.style.scrollPaddingBottom;
    const update = () => {
      root.style.scrollPaddingBottom = `${Math.ceil(element.getBoundingClientRect().height) + 8}px`;
    };
    // The observer's first report comes after the browser's next layout: measuring here instead would force a
    // layout of the page just rendered before its first paint (~15 ms at 4× CPU on a provider's page).
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    if (observer) observer.observe(element);
    else update();
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingBottom = before;
    };
  }, [bar]);
}
