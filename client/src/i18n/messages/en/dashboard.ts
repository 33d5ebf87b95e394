/** English messages: dashboard. Ids start with "dashboard."; the Arabic file beside this one must have the same ids. */
export const dashboard = {
} as const;
