import type { shell as english } from '../en/shell.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: shell (terms from ../glossary.md). */
export const shell = {
} satisfies Translation<typeof english>;
