/** English messages: organisation. Ids start with "organisation."; the Arabic file beside this one must have the same ids. */
export const organisation = {
} as const;
