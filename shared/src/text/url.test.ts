import { describe, expect, it } from 'vitest';
import { isHttpUrl, normalizeSourceUrl } from './url.ts';

describe('isHttpUrl', () => {
  it('accepts http and https', () => {
    expect(isHttpUrl('https://www.un.org/ar/')).toBe(true);
    expect(isHttpUrl('http://example.com/a?b=1')).toBe(true);
  });

  it('refuses other schemes, credentials and junk', () => {
    for (const value of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org', 'https://user:pw@x.org', 'not a url', '']) {
      expect(isHttpUrl(value), value).toBe(false);
    }
  });
});

describe('normalizeSourceUrl', () => {
  it('lower-cases scheme and host and drops the fragment', () => {
    expect(normalizeSourceUrl('HTTPS://Example.ORG:443/Path?Q=1#section')).toBe('https://example.org/Path?Q=1');
  });

  it('encodes an Arabic domain and path the same way every time', () => {
    expect(normalizeSourceUrl('https://مثال.إختبار/مقال')).toBe(normalizeSourceUrl('https://xn--mgbh0fb.xn--kgbechtv/%D9%85%D9%82%D8%A7%D9%84'));
  });

  it('throws on a non-http scheme', () => {
    expect(() => normalizeSourceUrl('javascript:alert(1)')).toThrow();
  });
});
