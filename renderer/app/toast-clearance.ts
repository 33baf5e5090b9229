import { useLayoutEffect, type RefObject } from 'react';

/** The CSS variable the toasts' stack (app.css, .toasts) keeps clear of at the window's bottom. */
const CLEARANCE = '--toasts-clearance';

/**
 * Keeps the toasts above the bar in `ref` (the reader's keyboard-selection hint) for as long as the
 * calling component is mounted: a toast over the bar would hide the keys it explains. The bar's
 * height changes as it wraps, so it is measured whenever it or the window is resized.
 */
export function useToastsAbove(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const measure = () => {
      const top = bar.getBoundingClientRect().top;
      root.style.setProperty(CLEARANCE, `${Math.max(0, Math.ceil(window.innerHeight - top))}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty(CLEARANCE);
    };
  }, [ref]);
}
