/** English messages: auth. Ids start with "auth."; the Arabic file beside this one must have the same ids. */
export const auth = {
} as const;
