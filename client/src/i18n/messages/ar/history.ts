import type { history as english } from '../en/history.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: history (terms from ../glossary.md). */
export const history = {
} satisfies Translation<typeof english>;
