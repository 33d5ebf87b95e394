/**
 * What a claim is (issue #16): a factual assertion, a statistic, a quote
 * (attributed words), a prediction or an opinion. Predictions and opinions
 * are not true or false: they cannot get a rating on the numeric scale.
 *
 * A module of its own, without zod, so a screen that only lists or filters the kinds (the article page's claim
 * list) does not load the schemas with its first paint (ADR 036); schemas/claim.ts builds its schema from it.
 */
export const CLAIM_KINDS = ['factual', 'statistic', 'quote', 'prediction', 'opinion'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
