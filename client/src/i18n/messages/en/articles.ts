/** English messages: articles. Ids start with "articles."; the Arabic file beside this one must have the same ids. */
export const articles = {
} as const;
