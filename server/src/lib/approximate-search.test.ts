import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches } from './approximate-search.ts';

/**
 * Sellers' dynamic programme in full (no cut-off, no bit vectors), reporting as
 * `approximateMatches` promises: one match per run of ends within the limit, the
 * first end of the run's fewest edits, the start its alignment's choices give.
 */
function textbook(text: string, from: number, to: number, pattern: string, limit: number) {
  const m = pattern.length;
  let previous = Array.from({ length: m + 1 }, (_, i) => ({ cost: i, start: from }));
  const found: { start: number; end: number; distance: number }[] = [];
  let pending: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j += 1) {
    const current = [{ cost: 0, start: j + 1 }];
    for (let i = 1; i <= m; i += 1) {
      const substitute = previous[i - 1]!.cost + (pattern[i - 1] === text[j] ? 0 : 1);
      const skipText = previous[i]!.cost + 1;
      const skipPattern = current[i - 1]!.cost + 1;
      if (substitute <= skipText && substitute <= skipPattern) current.push({ cost: substitute, start: previous[i - 1]!.start });
      else if (skipText <= skipPattern) current.push({ cost: skipText, start: previous[i]!.start });
      else current.push({ cost: skipPattern, start: current[i - 1]!.start });
    }
    const { cost, start } = current[m]!;
    if (cost <= limit) {
      if (!pending || cost < pending.distance) pending = { start, end: j + 1, distance: cost };
    } else if (pending) {
      found.push(pending);
      pending = null;
    }
    previous = current;
  }
  if (pending) found.push(pending);
  return found;
}

describe('approximateMatches', () => {
  it('finds a quote with one letter changed, and its start', () => {
    const text = 'قال الوزير إن سوق العمل تحسن كثيرا';
    const quote = 'سوق العمال';
    const [match] = approximateMatches(text, 0, text.length, quote, 2);
    expect(match).toEqual({ start: text.indexOf('سوق'), end: text.indexOf('العمل') + 'العمل'.length, distance: 1 });
  });

  it('finds nothing beyond the limit', () => {
    expect(approximateMatches('the labour market', 0, 17, 'rising prices', 3)).toEqual([]);
  });

  it('agrees with the textbook programme for patterns of one to four blocks, inside a longer text (property)', () => {
    const unit = fc.constantFrom('ا', 'ل', 'م', 'ّ', 'a', 'b', ' ');
    // Lengths over the whole range (fast-check favours short arrays), so patterns cross the 32-unit blocks.
    const pattern = fc.array(unit, { minLength: 1, maxLength: 110, size: 'max' }).map((units) => units.join(''));
    fc.assert(
      fc.property(pattern, fc.array(unit, { maxLength: 260, size: 'max' }), fc.nat(6), fc.nat(6), fc.double({ min: 0, max: 0.6, noNaN: true }), (quote, units, before, after, share) => {
        // The quote itself in the text with a unit dropped and two added (so a span can be longer than the quote):
        // matches within the limit are then common.
        const half = quote.length >> 1;
        const copy = `${quote.slice(1, half)}بب${quote.slice(half)}`;
        const text = 'x'.repeat(before) + units.slice(0, 80).join('') + copy + units.slice(80).join('') + 'y'.repeat(after);
        const limit = Math.max(1, Math.floor(quote.length * share));
        const [from, to] = [before, text.length - after];
        expect(approximateMatches(text, from, to, quote, limit)).toEqual(textbook(text, from, to, quote, limit).slice(0, 500));
      }),
      { numRuns: 300 },
    );
  });
});
