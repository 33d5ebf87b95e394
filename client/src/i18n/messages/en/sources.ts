/** English messages: sources. Ids start with "sources."; the Arabic file beside this one must have the same ids. */
export const sources = {
} as const;
