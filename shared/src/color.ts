/** WCAG 2 colour arithmetic, shared by the scale editor, the server's checks and the tests. */

/** A `#rrggbb` colour. */
export const HEX_COLOR_PATTERN = /^#[0-9a-f]{6}$/i;

/** The article's body text colour (client/src/styles): tints must give it AAA contrast. */
export const BODY_TEXT_COLOR = '#1c1f23';
/** White text sits on a rating's strong colour: it must reach AA. */
export const MIN_BADGE_CONTRAST = 4.5;
/** Body text on a rating's tint must reach AAA. */
export const MIN_TINT_CONTRAST = 7;

/** Relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Problems with a rating's pair of colours, as sentences; empty when both are readable. */
export function colourProblems(color: string, tint: string): string[] {
  const problems: string[] = [];
  const badge = contrastRatio(color, '#ffffff');
  if (badge < MIN_BADGE_CONTRAST) {
    problems.push(`White text on the colour ${color} has contrast ${badge.toFixed(2)}:1; it needs at least ${MIN_BADGE_CONTRAST}:1. Choose a darker colour.`);
  }
  const text = contrastRatio(tint, BODY_TEXT_COLOR);
  if (text < MIN_TINT_CONTRAST) {
    problems.push(`Article text on the tint ${tint} has contrast ${text.toFixed(2)}:1; it needs at least ${MIN_TINT_CONTRAST}:1. Choose a lighter tint.`);
  }
  return problems;
}
