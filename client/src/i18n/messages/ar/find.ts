import type { find as english } from '../en/find.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: find (terms from ../glossary.md). */
export const find = {
} satisfies Translation<typeof english>;
