/** English messages: search. Ids start with "search."; the Arabic file beside this one must have the same ids. */
export const search = {
} as const;
