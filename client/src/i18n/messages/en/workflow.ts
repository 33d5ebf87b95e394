/** English messages: workflow. Ids start with "workflow."; the Arabic file beside this one must have the same ids. */
export const workflow = {
} as const;
