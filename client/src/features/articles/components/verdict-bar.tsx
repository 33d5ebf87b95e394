import type { VerdictCounts } from '@sanad/shared/schemas/article';
import { type RatingScale, tallyStyles, useRatingScale } from '../../../lib/rating-scale.ts';

interface Segment {
  key: string;
  label: string;
  color: string;
  count: number;
}

function segmentsOf(counts: VerdictCounts, scale: RatingScale): Segment[] {
  return tallyStyles(scale, counts)
    .map((style) => ({ key: style.key, label: style.labelEn, color: style.color, count: counts[style.key] ?? 0 }))
    .filter((segment) => segment.count > 0);
}

/**
 * Claims per verdict of one article: a stacked bar (decorative) and small
 * coloured counts, with the same numbers as text for screen readers.
 */
export function VerdictBar({ counts, total }: { counts: VerdictCounts; total: number }) {
  const segments = segmentsOf(counts, useRatingScale());
  if (total === 0) return <p className="verdict-bar__empty">No claims marked yet</p>;
  const summary = segments.map((segment) => `${segment.count} ${segment.label.toLowerCase()}`).join(', ');
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
            {segment.count} {segment.label}
          </li>
        ))}
      </ul>
      <span className="visually-hidden">Verdicts: {summary}.</span>
    </div>
  );
}
