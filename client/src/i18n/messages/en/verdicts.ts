/** English messages: verdicts. Ids start with "verdicts."; the Arabic file beside this one must have the same ids. */
export const verdicts = {
} as const;
