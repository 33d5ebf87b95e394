import type { workflow as english } from '../en/workflow.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: workflow (terms from ../glossary.md). */
export const workflow = {
} satisfies Translation<typeof english>;
