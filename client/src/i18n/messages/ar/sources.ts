import type { sources as english } from '../en/sources.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: sources (terms from ../glossary.md). */
export const sources = {
} satisfies Translation<typeof english>;
