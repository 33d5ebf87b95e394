/** English messages: account. Ids start with "account."; the Arabic file beside this one must have the same ids. */
export const account = {
} as const;
