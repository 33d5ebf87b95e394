/** English messages: revisions. Ids start with "revisions."; the Arabic file beside this one must have the same ids. */
export const revisions = {
} as const;
