import type { Summary } from '@sanad/shared/schemas/summary';
import type { Formatters } from '../../../i18n/format.ts';
import type { Translate } from '../../../i18n/use-t.ts';
import { type VerdictStyle, verdictLabel } from '../format.ts';

type Tally = Summary['totals']['verdicts'];

/** What a table row needs to write its text: the translate function, formatters, the interface language and its locale. */
export interface TableText {
  t: Translate;
  f: Formatters;
  language: string;
  locale: string;
}

/** "2 False and 1 True": the non-zero verdicts of a tally in the scale's order, in the interface language. */
export function describeVerdicts(tally: Tally, styles: readonly VerdictStyle[], t: Translate, f: Formatters, language: string): string {
  const parts = styles
    .filter((style) => (tally[style.key] ?? 0) > 0)
    .map((style) => t('dashboard.verdictCount', { count: f.number(tally[style.key] ?? 0), label: verdictLabel(style, language) }));
  return parts.length > 0 ? f.list(parts) : t('dashboard.noClaimsLower');
}

/**
 * Claims per verdict as a stacked bar in the scale's colours. The bar is
 * decorative; the same numbers are in visually hidden text (and a tooltip).
 * `styles` come from the caller (one lookup of the scale for a whole table,
 * not one per row) and may list keys this tally does not count; so do the
 * translate function and formatters (`text`), built once for the table.
 */
export function VerdictStack({ tally, total, styles, text: { t, f, language } }: { tally: Tally; total: number; styles: readonly VerdictStyle[]; text: TableText }) {
  if (total === 0) return <span className="muted">{t('dashboard.noClaims')}</span>;
  const text = describeVerdicts(tally, styles, t, f, language);
  return (
    <div className="dash-stack" title={text}>
      <div className="dash-stack__track" aria-hidden="true">
        {styles.map((style) =>
          (tally[style.key] ?? 0) > 0 ? (
            <span key={style.key} className="dash-stack__segment" style={{ flexGrow: tally[style.key] ?? 0, backgroundColor: style.color }} />
          ) : null,
        )}
      </div>
      <span className="visually-hidden" data-testid="verdict-counts">
        {t('dashboard.verdictsSummary', { verdicts: text })}
      </span>
    </div>
  );
}
