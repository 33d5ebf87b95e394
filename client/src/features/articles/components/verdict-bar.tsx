import type { VerdictCounts } from '@sanad/shared/schemas/article';
import { useLingui } from '@lingui/react';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { type RatingScale, tallyStyles, useRatingScale } from '../../../lib/rating-scale.ts';

interface Segment {
  key: string;
  label: string;
  color: string;
  count: number;
}

/** The segments with claims, labelled in the interface language (the scale's Arabic labels in Arabic). */
function segmentsOf(counts: VerdictCounts, scale: RatingScale, arabic: boolean): Segment[] {
  return tallyStyles(scale, counts)
    .map((style) => ({ key: style.key, label: arabic ? style.labelAr : style.labelEn, color: style.color, count: counts[style.key] ?? 0 }))
    .filter((segment) => segment.count > 0);
}

/**
 * Claims per verdict of one article: a stacked bar (decorative) and small
 * coloured counts, with the same numbers as text for screen readers.
 */
export function VerdictBar({ counts, total }: { counts: VerdictCounts; total: number }) {
  const t = useT();
  const f = useFormat();
  const { i18n } = useLingui();
  const arabic = i18n.locale === 'ar';
  const segments = segmentsOf(counts, useRatingScale(), arabic);
  if (total === 0) return <p className="verdict-bar__empty">{t('articles.noClaims')}</p>;
  const summary = f.list(segments.map((segment) => t('articles.verdictCount', { count: f.number(segment.count), label: arabic ? segment.label : segment.label.toLowerCase() })));
  return (
    <div className="verdict-bar">
      <div className="verdict-bar__track" aria-hidden="true">
        {segments.map((segment) => (
          <span
            key={segment.key}
            className="verdict-bar__segment"
            style={{ flexGrow: segment.count, backgroundColor: segment.color }}
          />
        ))}
      </div>
      <ul className="verdict-bar__counts" aria-hidden="true">
        {segments.map((segment) => (
          <li key={segment.key} className="verdict-bar__count">
            <span className="swatch" style={{ backgroundColor: segment.color }} />
            {t('articles.verdictCount', { count: f.number(segment.count), label: segment.label })}
          </li>
        ))}
      </ul>
      <span className="visually-hidden">{t('articles.verdictSummary', { summary })}</span>
    </div>
  );
}
