import type { RatingKey } from '@sanad/shared/rating-scale';
import { useRatingScale } from '../lib/rating-scale.ts';

/**
 * A verdict's label on its strong colour (white text meets WCAG AA), with the
 * Arabic label beside the English one, from the live scale. `null` shows the
 * neutral "Unrated"; a retired rating still shows (old verdicts keep it).
 */
export function VerdictBadge({ rating, size = 'normal' }: { rating: RatingKey | null; size?: 'normal' | 'small' }) {
  const style = useRatingScale().styleOf(rating);
  return (
    <span
      className={`verdict-badge verdict-badge--${size}`}
      style={{ backgroundColor: style.color }}
      data-rating={rating ?? 'unrated'}
    >
      <span>{style.labelEn}</span>
      <span className="verdict-badge__ar" lang="ar" dir="rtl">
        {style.labelAr}
      </span>
    </span>
  );
}
