/** English messages: shell. Ids start with "shell."; the Arabic file beside this one must have the same ids. */
export const shell = {
} as const;
