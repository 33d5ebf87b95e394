/** English messages: snapshots (kept copies of source pages). Ids start with "snapshots."; the Arabic file beside this one must have the same ids. */
export const snapshots = {
  'snapshots.pending': 'Keeping a snapshot of the page…',
  'snapshots.open': 'Snapshot of {date}',
  'snapshots.openLabel': 'Open the snapshot of {title} taken on {date}',
  'snapshots.changed': 'The page changed since the previous snapshot.',
  'snapshots.unchanged': 'Unchanged since the previous snapshot.',
  'snapshots.gone': 'The page is gone (HTTP {status}) as of {date}.',
  'snapshots.failed': 'No snapshot: {reason}',
  'snapshots.refetch': 'Fetch again',
  'snapshots.refetchLabel': 'Fetch the page of {title} again',
  'snapshots.dialogTitle': 'Snapshot of {date}',
  'snapshots.fetchedFrom': 'Fetched from {url}',
  'snapshots.noText': 'No text was found in the page.',
  'snapshots.suggested': 'The page says: {details}',
  'snapshots.useSuggestion': 'Use the page’s details',
  'snapshots.suggestionUsed': 'Source details taken from the page.',
  'snapshots.close': 'Close',
} as const;
