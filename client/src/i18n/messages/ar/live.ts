import type { live as english } from '../en/live.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: live (terms from ../glossary.md). */
export const live = {
  'live.alsoViewing': 'يطّلع عليه أيضًا:',
  'live.viewerTitle': '{name} ({role})',
} satisfies Translation<typeof english>;
