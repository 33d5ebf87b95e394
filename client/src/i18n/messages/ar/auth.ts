import type { auth as english } from '../en/auth.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: auth (terms from ../glossary.md). */
export const auth = {
} satisfies Translation<typeof english>;
