import type { ratingScale as english } from '../en/rating-scale.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: ratingScale (terms from ../glossary.md). */
export const ratingScale = {
} satisfies Translation<typeof english>;
