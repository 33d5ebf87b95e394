import type { ReanchorCounts } from '@sanad/shared/schemas/revision';
import type { Translate } from '../i18n/use-t.ts';

/**
 * What re-anchoring did to the claims, in one line for a reviewer, e.g.
 * "3 claims moved, 1 modified, 1 needs re-anchoring". Fuzzy and orphaned
 * claims both need a reviewer to place them, so they are counted together.
 * The parts are joined as a list of the interface's `locale` (a plain list
 * of measures: "a, b, c" in English, "أ، وب، وج" in Arabic).
 */
export function describeReanchor(t: Translate, locale: string, counts: ReanchorCounts): string {
  const total = counts.anchored + counts.modified + counts.normalised + counts.fuzzy + counts.orphaned;
  if (total === 0) return t('revisions.reanchorNone');
  const parts: string[] = [];
  if (counts.moved > 0) parts.push(t('revisions.reanchorMoved', { count: counts.moved }));
  if (counts.modified > 0) parts.push(t('revisions.reanchorModified', { count: counts.modified }));
  if (counts.normalised > 0) parts.push(t('revisions.reanchorNormalised', { count: counts.normalised }));
  const loose = counts.fuzzy + counts.orphaned;
  if (loose > 0) parts.push(t('revisions.reanchorLoose', { count: loose }));
  const unchanged = counts.anchored - counts.moved;
  if (parts.length === 0) return t('revisions.reanchorStayed', { count: unchanged });
  if (unchanged > 0) parts.push(t('revisions.reanchorUnchanged', { count: unchanged }));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}
