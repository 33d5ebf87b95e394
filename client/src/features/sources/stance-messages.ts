import type { Stance } from '@sanad/shared/schemas/source';
import type { MessageId } from '../../i18n/use-t.ts';

/** The message naming each stance of a source towards a claim. */
export const STANCE_MESSAGES = {
  supports: 'common.stance.supports',
  contradicts: 'common.stance.contradicts',
  context: 'common.stance.context',
} as const satisfies Record<Stance, MessageId>;
