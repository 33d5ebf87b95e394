import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: search (terms from ../glossary.md). */
export const search = {
} satisfies Translation<typeof english>;
