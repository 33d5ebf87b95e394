/** English messages: live. Ids start with "live."; the Arabic file beside this one must have the same ids. */
export const live = {
  'live.alsoViewing': 'Also viewing:',
  'live.viewerTitle': '{name} ({role})',
} as const;
