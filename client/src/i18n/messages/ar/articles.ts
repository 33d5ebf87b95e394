import type { articles as english } from '../en/articles.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: articles (terms from ../glossary.md). */
export const articles = {
} satisfies Translation<typeof english>;
