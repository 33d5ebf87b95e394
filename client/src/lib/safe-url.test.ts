import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url.ts';

describe('safeHref', () => {
  it('keeps http and https links live, as given', () => {
    expect(safeHref('https://www.un.org/press/1')).toBe('https://www.un.org/press/1');
    expect(safeHref('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c');
    expect(safeHref('HTTPS://Example.ORG/')).toBe('HTTPS://Example.ORG/');
    expect(safeHref('https://مثال.إختبار/مقال')).toBe('https://مثال.إختبار/مقال');
  });

  it('refuses script and data URLs in any case', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'DATA:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'VBScript:msgbox(1)']) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('refuses a script URL hidden behind leading spaces, control characters or tabs and newlines', () => {
    for (const url of ['  javascript:alert(1)', '\u0000javascript:alert(1)', '\u001fjavascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', ' \u0001 JAVASCRIPT:alert(1)']) {
      expect(safeHref(url), JSON.stringify(url)).toBeNull();
    }
  });

  it('refuses other schemes', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'mailto:desk@example.org', 'blob:https://example.org/1', 'about:blank']) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('refuses relative and protocol-relative URLs, which would follow the page', () => {
    for (const url of ['//evil.example/x', '/articles/1', 'example.org', '', 'https://']) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('refuses links carrying credentials', () => {
    expect(safeHref('https://user:secret@example.org/')).toBeNull();
    expect(safeHref('https://user@example.org/')).toBeNull();
  });
});
