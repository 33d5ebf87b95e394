import { describe, expect, it } from 'vitest';
import { independentSources } from './source-independence.ts';

const link = (id: number, stance: 'supports' | 'contradicts' | 'context', origin: string | null = null) => ({ stance, source: { id, origin } });

describe(independentSources.name, () => {
  it('counts every source without an origin as independent', () => {
    expect(independentSources([link(1, 'supports'), link(2, 'supports'), link(3, 'contradicts')])).toEqual({ supports: 2, contradicts: 1, context: 0, evidence: 3 });
  });

  it('counts sources of one origin once, whatever the case and spacing of its name', () => {
    const links = [link(1, 'supports', 'AFP wire'), link(2, 'supports', ' afp  WIRE '), link(3, 'supports', 'وزارة الصحة'), link(4, 'supports', 'وزارة الصحة')];
    expect(independentSources(links)).toMatchObject({ supports: 2, evidence: 2 });
  });

  it('counts an origin once as evidence when it both supports and contradicts, and leaves context out of evidence', () => {
    const links = [link(1, 'supports', 'Ministry'), link(2, 'contradicts', 'ministry'), link(3, 'context'), link(4, 'context', 'Ministry')];
    expect(independentSources(links)).toEqual({ supports: 1, contradicts: 1, context: 2, evidence: 1 });
  });

  it('is zero everywhere without sources', () => {
    expect(independentSources([])).toEqual({ supports: 0, contradicts: 0, context: 0, evidence: 0 });
  });
});
