/**
 * Source URLs: only http and https are accepted, and each is stored once in a
 * normal form (lower-case scheme and host, default port dropped, no fragment).
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The normal form of an http(s) URL. Throws on anything else. */
export function normalizeSourceUrl(value: string): string {
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('Only http and https URLs are allowed.');
  url.hash = '';
  return url.toString();
}
