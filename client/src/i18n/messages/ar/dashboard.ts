import type { dashboard as english } from '../en/dashboard.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: dashboard (terms from ../glossary.md). */
export const dashboard = {
} satisfies Translation<typeof english>;
