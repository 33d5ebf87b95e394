import type { users as english } from '../en/users.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: users (terms from ../glossary.md). */
export const users = {
} satisfies Translation<typeof english>;
