import type { AnchorStatus } from '@sanad/shared/schemas/claim';
import type { ReactNode } from 'react';
import { type MessageId, useT } from '../../../i18n/use-t.ts';

interface StatusStyle {
  label: MessageId;
  /** What the status means, for the tooltip and screen readers. */
  help: MessageId;
  icon: ReactNode;
}

const iconProps = { width: 12, height: 12, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

/** Label, explanation and icon of each status a reviewer should notice (`anchored` shows nothing). */
const STATUS_STYLES: Record<Exclude<AnchorStatus, 'anchored'>, StatusStyle> = {
  modified: {
    label: 'claims.statusModified',
    help: 'claims.statusModifiedHelp',
    icon: (
      <svg {...iconProps}>
        <path d="M11.5 1.5l3 3L5 14H2v-3z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
    ),
  },
  normalised: {
    label: 'claims.statusNormalised',
    help: 'claims.statusNormalisedHelp',
    icon: (
      <svg {...iconProps}>
        <path d="M2 5.5h12M2 10.5h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    ),
  },
  fuzzy: {
    label: 'claims.statusFuzzy',
    help: 'claims.statusFuzzyHelp',
    icon: (
      <svg {...iconProps}>
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.6 2" />
        <path d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
      </svg>
    ),
  },
  orphaned: {
    label: 'claims.statusOrphaned',
    help: 'claims.statusOrphanedHelp',
    icon: (
      <svg {...iconProps}>
        <path
          d="M6.5 9.5l-2 2a2.1 2.1 0 0 1-3-3l2-2M9.5 6.5l2-2a2.1 2.1 0 0 1 3 3l-2 2M5 2v2M2 5h2M11 14v-2M14 11h-2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
    ),
  },
};

/**
 * A small label with an icon for a claim's anchor status after an edit, so a
 * reviewer sees which claims to check without relying on colour alone.
 * Anchored claims (moved or not) show nothing.
 */
export function AnchorStatusLabel({ status }: { status: AnchorStatus }) {
  const t = useT();
  if (status === 'anchored') return null;
  const style = STATUS_STYLES[status];
  return (
    <span className={`anchor-status anchor-status--${status}`} data-anchor-status={status} title={t(style.help)}>
      {style.icon}
      <span>{t(style.label)}</span>
      <span className="visually-hidden">{t('claims.statusHelpSeparator', { help: t(style.help) })}</span>
    </span>
  );
}
