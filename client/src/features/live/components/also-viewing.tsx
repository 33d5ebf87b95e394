import type { UserRef } from '@sanad/shared/schemas/user';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => Array.from(part ?? '')[0]?.toUpperCase() ?? '').join('');
}

/** "Also viewing: …": the other people who have this article open (nothing when alone). */
export function AlsoViewing({ viewers, meId }: { viewers: readonly UserRef[]; meId: number }) {
  const others = viewers.filter((viewer, index) => viewer.id !== meId && viewers.findIndex((other) => other.id === viewer.id) === index);
  if (others.length === 0) return null;
  return (
    <p className="also-viewing" data-testid="also-viewing">
      <span className="also-viewing__label">Also viewing:</span>
      {others.map((viewer) => (
        <span key={viewer.id} className="also-viewing__person" title={`${viewer.name} (${viewer.role})`}>
          <span className="avatar" aria-hidden="true">
            {initials(viewer.name)}
          </span>
          <span className="also-viewing__name">{viewer.name}</span>
        </span>
      ))}
    </p>
  );
}
