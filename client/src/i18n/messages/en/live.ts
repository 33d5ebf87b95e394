/** English messages: live. Ids start with "live."; the Arabic file beside this one must have the same ids. */
export const live = {
} as const;
