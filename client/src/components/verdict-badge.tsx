import type { RatingKey } from '@sanad/shared/rating-scale';
import { useLingui } from '@lingui/react';
import { useRatingScale } from '../lib/rating-scale.ts';

/**
 * A verdict's label on its strong colour (white text meets WCAG AA), from the
 * live scale. The English interface shows the Arabic label beside the English
 * one (desks work in both); the Arabic interface shows the Arabic label only.
 * `null` shows the neutral "Unrated"; a retired rating still shows (old
 * verdicts keep it).
 */
export function VerdictBadge({ rating, size = 'normal' }: { rating: RatingKey | null; size?: 'normal' | 'small' }) {
  const style = useRatingScale().styleOf(rating);
  const arabic = useLingui().i18n.locale === 'ar';
  return (
    <span
      className={`verdict-badge verdict-badge--${size}`}
      style={{ backgroundColor: style.color }}
      data-rating={rating ?? 'unrated'}
    >
      {arabic ? null : <span>{style.labelEn}</span>}
      <span className="verdict-badge__ar" lang="ar" dir="rtl">
        {style.labelAr}
      </span>
    </span>
  );
}
