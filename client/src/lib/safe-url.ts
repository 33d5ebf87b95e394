import { isHttpUrl } from '@sanad/shared/text/url';

/**
 * The URL to put in an href, or null. A link is rendered live only for
 * http(s), even if the API were to hand back something else.
 */
export function safeHref(url: string): string | null {
  return isHttpUrl(url) ? url : null;
}
