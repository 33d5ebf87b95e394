/** English messages: find. Ids start with "find."; the Arabic file beside this one must have the same ids. */
export const find = {
} as const;
