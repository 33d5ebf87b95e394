/** English messages: ratingScale. Ids start with "ratingScale."; the Arabic file beside this one must have the same ids. */
export const ratingScale = {
} as const;
