import type { revisions as english } from '../en/revisions.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: revisions (terms from ../glossary.md). */
export const revisions = {
} satisfies Translation<typeof english>;
