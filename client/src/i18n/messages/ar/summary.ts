import type { summary as english } from '../en/summary.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: summary (terms from ../glossary.md). */
export const summary = {
} satisfies Translation<typeof english>;
