import type { UserRef } from '@sanad/shared/schemas/user';
import { useT } from '../../../i18n/use-t.ts';

/** The message naming each role. */
const ROLE_MESSAGES = { reviewer: 'common.role.reviewer', editor: 'common.role.editor', admin: 'common.role.admin' } as const;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => Array.from(part ?? '')[0]?.toUpperCase() ?? '').join('');
}

/** "Also viewing: …": the other people who have this article open (nothing when alone). */
export function AlsoViewing({ viewers, meId }: { viewers: readonly UserRef[]; meId: number }) {
  const t = useT();
  const others = viewers.filter((viewer, index) => viewer.id !== meId && viewers.findIndex((other) => other.id === viewer.id) === index);
  if (others.length === 0) return null;
  return (
    <p className="also-viewing" data-testid="also-viewing">
      <span className="also-viewing__label">{t('live.alsoViewing')}</span>
      {others.map((viewer) => (
        <span key={viewer.id} className="also-viewing__person" title={t('live.viewerTitle', { name: viewer.name, role: t(ROLE_MESSAGES[viewer.role]) })}>
          <span className="avatar" aria-hidden="true">
            {initials(viewer.name)}
          </span>
          <span className="also-viewing__name">{viewer.name}</span>
        </span>
      ))}
    </p>
  );
}
