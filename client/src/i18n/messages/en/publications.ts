/** English messages: publications. Ids start with "publications."; the Arabic file beside this one must have the same ids. */
export const publications = {
} as const;
