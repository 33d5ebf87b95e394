import type { claims as english } from '../en/claims.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: claims (terms from ../glossary.md). */
export const claims = {
} satisfies Translation<typeof english>;
