import type { Summary } from '@sanad/shared/schemas/summary';
import { formatCount, type VerdictStyle } from '../format.ts';

type Tally = Summary['totals']['verdicts'];

/** "2 False, 1 True": the non-zero verdicts of a tally in the scale's order. */
export function describeVerdicts(tally: Tally, styles: readonly VerdictStyle[]): string {
  const parts = styles.filter((style) => (tally[style.key] ?? 0) > 0).map((style) => `${formatCount(tally[style.key] ?? 0)} ${style.label}`);
  return parts.length > 0 ? parts.join(', ') : 'no claims';
}

/**
 * Claims per verdict as a stacked bar in the scale's colours. The bar is
 * decorative; the same numbers are in visually hidden text (and a tooltip).
 * `styles` come from the caller (one lookup of the scale for a whole table,
 * not one per row) and may list keys this tally does not count.
 */
export function VerdictStack({ tally, total, styles }: { tally: Tally; total: number; styles: readonly VerdictStyle[] }) {
  if (total === 0) return <span className="muted">No claims</span>;
  const text = describeVerdicts(tally, styles);
  return (
    <div className="dash-stack" title={text}>
      <div className="dash-stack__track" aria-hidden="true">
        {styles.map((style) =>
          (tally[style.key] ?? 0) > 0 ? (
            <span key={style.key} className="dash-stack__segment" style={{ flexGrow: tally[style.key] ?? 0, backgroundColor: style.color }} />
          ) : null,
        )}
      </div>
      <span className="visually-hidden" data-testid="verdict-counts">{`Verdicts: ${text}.`}</span>
    </div>
  );
}
