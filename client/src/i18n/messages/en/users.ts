/** English messages: users. Ids start with "users."; the Arabic file beside this one must have the same ids. */
export const users = {
} as const;
