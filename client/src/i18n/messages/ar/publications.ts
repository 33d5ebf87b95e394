import type { publications as english } from '../en/publications.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: publications (terms from ../glossary.md). */
export const publications = {
} satisfies Translation<typeof english>;
