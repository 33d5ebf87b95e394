import type { verdicts as english } from '../en/verdicts.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: verdicts (terms from ../glossary.md). */
export const verdicts = {
} satisfies Translation<typeof english>;
