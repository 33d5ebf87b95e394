import type { live as english } from '../en/live.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: live (terms from ../glossary.md). */
export const live = {
} satisfies Translation<typeof english>;
