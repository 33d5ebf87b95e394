import { useEffect, useState } from 'react';

/**
 * Runs `task` once the browser has a moment to spare after the current work (the first paint of a screen
 * included), at the latest after `timeout` ms; returns a cancel function. Work a screen does not need to paint
 * (prefetches, chunks of dialogs) waits for it, so it never delays what the reader is waiting for (ADR 035).
 * Where `requestIdleCallback` is missing (Safari), a timer after the next frame stands in.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

let textPainted: Promise<void> | null = null;

/**
 * Resolves once the page's web fonts are in and two frames have passed: the article's text and the highlights on
 * screen are laid out and painted with their fonts (highlights are registered after the fonts, ADR 009). Work for
 * later (prefetching claim details) waits for it, so on a slow machine it does not slip in before the first paint.
 */
export function afterTextPainted(): Promise<void> {
  textPainted ??= (document.fonts?.ready ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return textPainted;
}

/**
 * False until the page's text is painted (`afterTextPainted`) and then the browser is idle (see `whenIdle`), then
 * true. Waiting for the paint first matters on a slow machine: the idle wait's cap (1 s from mounting) could
 * otherwise fall while a long article's text is still being laid out, and the code loaded then (the dialogs' chunks,
 * zod with their schemas) ran in its way (ADR 036).
 */
export function useIdle(timeout?: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    let cancelled = false;
    void afterTextPainted().then(() => {
      if (!cancelled) cancelIdle = whenIdle(() => setIdle(true), timeout);
    });
    return () => {
      cancelled = true;
      cancelIdle?.();
    };
  }, [timeout]);
  return idle;
}
