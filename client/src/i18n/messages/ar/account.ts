import type { account as english } from '../en/account.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: account (terms from ../glossary.md). */
export const account = {
} satisfies Translation<typeof english>;
