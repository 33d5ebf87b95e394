import type { Page } from '@playwright/test';

/** Every API response body the page receives from now on, as text (to assert what never reached the browser). */
export function recordResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/api/')) return;
    try {
      bodies.push(await response.text());
    } catch {
      // The live event stream (or a redirect) has no body to read.
    }
  });
  return bodies;
}
