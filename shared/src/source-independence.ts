import type { Stance } from './schemas/source.ts';

/** What independence is judged from: each link's stance and its source's id and origin. */
export interface LinkForIndependence {
  stance: Stance;
  source: { id: number; origin: string | null };
}

/** The key two sources share when they are not independent: the origin as written, case and spacing aside; else the source itself. */
function originKey(source: LinkForIndependence['source']): string {
  const origin = source.origin?.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
  return origin ? `origin:${origin}` : `source:${source.id}`;
}

/**
 * How many independent sources a claim has per stance, and as evidence
 * (supporting or contradicting together): sources that name the same origin
 * count once (issue #16). Context sources are not evidence for the rule.
 */
export function independentSources(links: readonly LinkForIndependence[]): Record<Stance, number> & { evidence: number } {
  const keys = { supports: new Set<string>(), contradicts: new Set<string>(), context: new Set<string>(), evidence: new Set<string>() };
  for (const link of links) {
    const key = originKey(link.source);
    keys[link.stance].add(key);
    if (link.stance !== 'context') keys.evidence.add(key);
  }
  return { supports: keys.supports.size, contradicts: keys.contradicts.size, context: keys.context.size, evidence: keys.evidence.size };
}
