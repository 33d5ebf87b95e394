import type { comments as english } from '../en/comments.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: comments (terms from ../glossary.md). */
export const comments = {
} satisfies Translation<typeof english>;
