/** English messages: claims. Ids start with "claims."; the Arabic file beside this one must have the same ids. */
export const claims = {
} as const;
