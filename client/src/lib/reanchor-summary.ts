import type { ReanchorCounts } from '@sanad/shared/schemas/revision';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What re-anchoring did to the claims, in one line for a reviewer, e.g.
 * "3 claims moved, 1 modified, 1 needs re-anchoring". Fuzzy and orphaned
 * claims both need a reviewer to place them, so they are counted together.
 */
export function describeReanchor(counts: ReanchorCounts): string {
  const total = counts.anchored + counts.modified + counts.normalised + counts.fuzzy + counts.orphaned;
  if (total === 0) return 'No claims to re-anchor.';
  const parts: string[] = [];
  if (counts.moved > 0) parts.push(`${plural(counts.moved, 'claim', 'claims')} moved`);
  if (counts.modified > 0) parts.push(`${counts.modified} modified`);
  if (counts.normalised > 0) parts.push(`${counts.normalised} matched after normalisation`);
  const loose = counts.fuzzy + counts.orphaned;
  if (loose > 0) parts.push(`${loose} ${loose === 1 ? 'needs' : 'need'} re-anchoring`);
  const unchanged = counts.anchored - counts.moved;
  if (parts.length === 0) return unchanged === 1 ? 'The claim stayed in place.' : `All ${unchanged} claims stayed in place.`;
  if (unchanged > 0) parts.push(`${unchanged} unchanged`);
  return parts.join(', ');
}
