import { graphemes } from './graphemes.ts';

/** Length in Unicode code points (what "characters" means to most validators). */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Shortens `text` to fewer than `limit` code points: whitespace collapsed,
 * cut at the last word boundary that fits (or the last whole grapheme when a
 * single word is too long, so harakat stay with their letter), with `…` added.
 * Text that already fits is returned collapsed but otherwise unchanged.
 */
export function shortenText(text: string, limit: number): string {
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  if (codePointLength(collapsed) < limit) return collapsed;
  const budget = limit - 2; // room for the ellipsis, staying strictly under the limit
  let length = 0;
  let cut = 0;
  let lastSpace = -1;
  for (const { segment, index } of graphemes(collapsed)) {
    const size = codePointLength(segment);
    if (length + size > budget) break;
    length += size;
    cut = index + segment.length;
    if (segment === ' ') lastSpace = index;
  }
  const end = lastSpace > 0 && lastSpace > cut / 2 ? lastSpace : cut;
  return `${collapsed.slice(0, end).replace(/[\s\p{P}]+$/u, '')}…`;
}
