import { describe, expect, it } from 'vitest';
import { ALL_HIGHLIGHT_NAMES, HIGHLIGHT_CSS, UNRATED_HIGHLIGHT, highlightNameFor, installRatingHighlights, ratingHighlightCss } from './highlight-names.ts';

describe('highlightNameFor', () => {
  it('paints an unrated claim with the unrated highlight and a rated one with a prefixed name', () => {
    expect(highlightNameFor(null)).toBe(UNRATED_HIGHLIGHT);
    expect(highlightNameFor('false')).toBe('sanad-rating-false');
  });

  it('keeps rating keys out of the fixed names, whatever an admin calls a rating', () => {
    for (const key of ['unrated', 'active', 'overlap', 'suggestion']) expect(ALL_HIGHLIGHT_NAMES.slice(0, 4)).not.toContain(highlightNameFor(key));
  });
});

describe('ratingHighlightCss', () => {
  it('writes one rule per rating with its tint made translucent', () => {
    expect(
      ratingHighlightCss([
        { key: 'false', tint: '#fde2e1' },
        { key: 'mostly_true', tint: '#DCFCE7' },
      ]),
    ).toBe(
      '::highlight(sanad-rating-false) { background-color: rgb(253 226 225 / 0.78); }\n::highlight(sanad-rating-mostly_true) { background-color: rgb(220 252 231 / 0.78); }',
    );
  });

  it('never writes a key or colour that could break out of its rule', () => {
    expect(
      ratingHighlightCss([
        { key: 'x) { color: red } ::highlight(y', tint: '#ffffff' },
        { key: 'False', tint: '#ffffff' },
        { key: 'ok', tint: 'red; background: url(https://evil.example)' },
        { key: 'ok', tint: '#fff' },
      ]),
    ).toBe('');
  });

  it('writes only paint properties in the fixed rules', () => {
    expect(HIGHLIGHT_CSS).not.toMatch(/font|margin|padding|width|height|display|position/);
    expect(HIGHLIGHT_CSS.split('\n')).toHaveLength(4);
  });
});

describe('installRatingHighlights', () => {
  it('adds each rating’s name to the names to clear, once, even without a document', () => {
    const before = ALL_HIGHLIGHT_NAMES.length;
    installRatingHighlights([
      { key: 'false', tint: '#fde2e1' },
      { key: 'misleading', tint: '#fef3c7' },
    ]);
    installRatingHighlights([{ key: 'false', tint: '#ffffff' }]);
    expect(ALL_HIGHLIGHT_NAMES.slice(before)).toEqual(['sanad-rating-false', 'sanad-rating-misleading']);
  });
});
