/** English messages: summary. Ids start with "summary."; the Arabic file beside this one must have the same ids. */
export const summary = {
} as const;
