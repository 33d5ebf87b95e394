/** English messages: workspace. Ids start with "workspace."; the Arabic file beside this one must have the same ids. */
export const workspace = {
} as const;
