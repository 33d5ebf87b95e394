/** English messages: find. Ids start with "find."; the Arabic file beside this one must have the same ids. */
export const find = {
  'find.open': 'Find in article',
  'find.noMatches': 'No matches',
  'find.position': '{current} of {count}',
  'find.previous': 'Previous match',
  'find.next': 'Next match',
  'find.close': 'Close find',
} as const;
