import type { organisation as english } from '../en/organisation.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: organisation (terms from ../glossary.md). */
export const organisation = {
} satisfies Translation<typeof english>;
