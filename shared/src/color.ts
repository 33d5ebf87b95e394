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

/** One contrast check of a rating's colours: which colour, its contrast and the minimum it needs. */
export interface ColourCheck {
  /** `color`: white badge text on the strong colour; `tint`: article text on the tint. */
  field: 'color' | 'tint';
  ratio: number;
  minimum: number;
  ok: boolean;
}

/** Both contrast checks of a rating's pair of colours (for the editor's live figures and the server's details). */
export function colourChecks(color: string, tint: string): [ColourCheck, ColourCheck] {
  const badge = contrastRatio(color, '#ffffff');
  const text = contrastRatio(tint, BODY_TEXT_COLOR);
  return [
    { field: 'color', ratio: badge, minimum: MIN_BADGE_CONTRAST, ok: badge >= MIN_BADGE_CONTRAST },
    { field: 'tint', ratio: text, minimum: MIN_TINT_CONTRAST, ok: text >= MIN_TINT_CONTRAST },
  ];
}

/** The sentence describing a failed check. */
export function colourProblem(check: ColourCheck, color: string, tint: string): string {
  return check.field === 'color'
    ? `White text on the colour ${color} has contrast ${check.ratio.toFixed(2)}:1; it needs at least ${check.minimum}:1. Choose a darker colour.`
    : `Article text on the tint ${tint} has contrast ${check.ratio.toFixed(2)}:1; it needs at least ${check.minimum}:1. Choose a lighter tint.`;
}

/** Problems with a rating's pair of colours, as sentences; empty when both are readable. */
export function colourProblems(color: string, tint: string): string[] {
  return colourChecks(color, tint)
    .filter((check) => !check.ok)
    .map((check) => colourProblem(check, color, tint));
}
