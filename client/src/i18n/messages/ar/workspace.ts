import type { workspace as english } from '../en/workspace.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: workspace (terms from ../glossary.md). */
export const workspace = {
} satisfies Translation<typeof english>;
