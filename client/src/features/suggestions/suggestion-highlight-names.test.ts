import { describe, expect, it } from 'vitest';
import { featuresToList } from './components/suggestion-popover.tsx';
import { CHECK_WORTHY_HIGHLIGHT_CSS } from './suggestion-highlight-names.ts';

describe('check-worthiness suggestion paint', () => {
  it('uses only paint properties, a dotted line for suggestions and a solid one for the open suggestion', () => {
    expect(CHECK_WORTHY_HIGHLIGHT_CSS).not.toMatch(/font|margin|padding|width|height|display|position/);
    const [suggested, active] = CHECK_WORTHY_HIGHLIGHT_CSS.split('\n');
    expect(suggested).toMatch(/::highlight\(sanad-check-worthy\) \{[^}]*underline dotted/);
    expect(active).toMatch(/::highlight\(sanad-check-worthy-active\) \{[^}]*underline solid/);
  });
});

describe(featuresToList.name, () => {
  it('lists each kind and text once, in order, at most eight', () => {
    const features = [
      { kind: 'number' as const, start: 0, end: 2, text: '45' },
      { kind: 'number' as const, start: 10, end: 12, text: '45' },
      { kind: 'attribution' as const, start: 20, end: 23, text: 'قال' },
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'entity' as const, start: 30 + i * 5, end: 33 + i * 5, text: `E${i}` })),
    ];
    const listed = featuresToList(features);
    expect(listed).toHaveLength(8);
    expect(listed.slice(0, 3).map((f) => `${f.kind}:${f.text}`)).toEqual(['number:45', 'attribution:قال', 'entity:E0']);
  });
});
