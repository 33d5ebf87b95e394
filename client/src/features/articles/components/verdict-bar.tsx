import { RATING_SCALE, UNRATED_STYLE } from '@sanad/shared/rating-scale';
import type { VerdictCounts } from '@sanad/shared/schemas/article';

interface Segment {
  key: string;
  label: string;
  color: string;
  count: number;
}

function segmentsOf(counts: VerdictCounts): Segment[] {
  const rated = RATING_SCALE.map((rating) => ({
    key: rating.key,
    label: rating.labelEn,
    color: rating.color,
    count: counts[rating.key] ?? 0,
  }));
  return [...rated, { key: 'unrated', label: UNRATED_STYLE.labelEn, color: UNRATED_STYLE.color, count: counts.unrated ?? 0 }].filter(
    (segment) => segment.count > 0,
  );
}

/**
 * Claims per verdict of one article: a stacked bar (decorative) and small
 * coloured counts, with the same numbers as text for screen readers.
 */
export function VerdictBar({ counts, total }: { counts: VerdictCounts; total: number }) {
  const segments = segmentsOf(counts);
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
