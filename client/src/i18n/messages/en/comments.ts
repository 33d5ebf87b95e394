/** English messages: comments. Ids start with "comments."; the Arabic file beside this one must have the same ids. */
export const comments = {
} as const;
