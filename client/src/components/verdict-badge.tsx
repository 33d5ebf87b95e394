import { ratingFor, UNRATED_STYLE, type RatingKey } from '@sanad/shared/rating-scale';

/**
 * A verdict's label on its strong colour (white text meets WCAG AA), with the
 * Arabic label beside the English one. `null` shows the neutral "Unrated".
 */
export function VerdictBadge({ rating, size = 'normal' }: { rating: RatingKey | null; size?: 'normal' | 'small' }) {
  const style = rating === null ? UNRATED_STYLE : ratingFor(rating);
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
