import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps a sticky panel inside the window before it has reached its sticky place: sets `--sticky-top` on it to how
 * far its top stands below the window's top, which its CSS takes off the window's height for its `max-height`
 * (`.workspace__aside`). Without it, at the page's top the side panel ran past the window's bottom by the header's
 * height, and the end of its list could not be seen until the page itself scrolled. Measured once per frame while
 * the page scrolls or the window changes size, and written only when it changed.
 */
export function useStickyFit(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    let written = -1;
    const measure = () => {
      frame = 0;
      const top = Math.max(0, Math.round(element.getBoundingClientRect().top));
      if (top === written) return;
      written = top;
      element.style.setProperty('--sticky-top', `${top}px`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ref]);
}
