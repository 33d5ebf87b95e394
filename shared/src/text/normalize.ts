/**
 * Canonical form of stored article text: Unicode NFC and `\n` line breaks.
 * Offsets of claims always refer to this form.
 */
export function canonicalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Canonical form of a single-line field (titles, names): NFC, inner runs of white space folded. */
export function canonicalLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
