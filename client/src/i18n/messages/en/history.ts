/** English messages: history. Ids start with "history."; the Arabic file beside this one must have the same ids. */
export const history = {
} as const;
