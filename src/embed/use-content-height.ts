// Reports an element's height on every layout change (ResizeObserver), once per distinct whole-pixel value.
import { useEffect, useRef, type RefObject } from 'react';

export function useContentHeight(ref: RefObject<HTMLElement | null>, onHeight: (height: number) => void) {
  const onHeightRef = useRef(onHeight);
  useEffect(() => {
    onHeightRef.current = onHeight;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      onHeightRef.current(height);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [ref]);
}
