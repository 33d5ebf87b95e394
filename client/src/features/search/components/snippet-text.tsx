import type { Snippet } from '@sanad/shared/schemas/search';
import { directionOf } from '@sanad/shared/text/language';
import type { ReactNode } from 'react';

/**
 * The pieces of a snippet: plain strings between the highlights and `<mark>`
 * elements for the matched stretches, built from the offsets (never from
 * markup), skipping any highlight that lies outside or overlaps the last.
 */
function pieces(snippet: Snippet): ReactNode[] {
  const result: ReactNode[] = [];
  const highlights = [...snippet.highlights].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const [index, { start, end }] of highlights.entries()) {
    if (start < at || end <= start || end > snippet.text.length) continue;
    if (start > at) result.push(snippet.text.slice(at, start));
    result.push(<mark key={index}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) result.push(snippet.text.slice(at));
  return result;
}

/** A search snippet in its article's language and direction, with the matched characters in `<mark>`. */
export function SnippetText({ snippet, language }: { snippet: Snippet; language: string }) {
  return (
    <span className="snippet" lang={language} dir={directionOf(language)} data-testid="snippet">
      {snippet.truncatedStart ? <span aria-hidden="true">… </span> : null}
      {pieces(snippet)}
      {snippet.truncatedEnd ? <span aria-hidden="true"> …</span> : null}
    </span>
  );
}
